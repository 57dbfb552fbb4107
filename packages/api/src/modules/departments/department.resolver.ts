import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { orgUnitById, OrgUnitType, refId } from '../org-units/index.js';
import type { Department } from './department.entity.js';
import { departmentById, lettersOf } from './department.loaders.js';
import { listDepartments } from './department.service.js';
import { DepartmentType, ResponsibilityLetterType } from './department.type.js';
import type { ResponsibilityLetter } from './responsibility-letter.entity.js';

@Resolver(() => DepartmentType)
export class DepartmentResolver {
  @Query(() => [DepartmentType], { description: 'Departments of the townships in your scope (or above your village).' })
  departments(
    @Arg('townshipId', () => ID, { nullable: true, description: 'Only the departments of this township.' }) townshipId: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return listDepartments(ctx.em, ctx.scope, townshipId);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The township (or county) the department serves.' })
  orgUnit(@Root() department: Department, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(department.orgUnit)!);
  }

  @FieldResolver(() => [ResponsibilityLetterType], { description: 'Its responsibility letters, newest year first.' })
  letters(@Root() department: Department, @Ctx() ctx: RequestContext) {
    return lettersOf(ctx).load(department.id);
  }
}

@Resolver(() => ResponsibilityLetterType)
export class ResponsibilityLetterResolver {
  @FieldResolver(() => DepartmentType, { description: 'The department that signed it.' })
  department(@Root() letter: ResponsibilityLetter, @Ctx() ctx: RequestContext) {
    return departmentById(ctx).load(letter.department.id);
  }

  @FieldResolver(() => OrgUnitType, { description: 'The township it is signed with.' })
  township(@Root() letter: ResponsibilityLetter, @Ctx() ctx: RequestContext) {
    return orgUnitById(ctx).load(refId(letter.township)!);
  }
}
