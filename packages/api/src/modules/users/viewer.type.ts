import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '@township/shared';
import { OrgUnitType } from '../org-units/index.js';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType('Viewer', { description: 'The signed-in user: who they are, what they may do and what they may see.' })
export class ViewerType {
  @Field(() => ID, { description: 'User id.' })
  id!: number;

  @Field(() => String, { description: 'Sign-in name.' })
  username!: string;

  @Field(() => String, { description: 'Name to show.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  role!: Role;

  @Field(() => OrgUnitType, { description: 'The unit the user sees, with everything below it.' })
  scope!: { id: number };

  @Field(() => Boolean, { description: "Whether people's personal data (phones, ID numbers) is shown unmasked." })
  canSeePersonalData!: boolean;

  @Field(() => Boolean, { description: 'Whether the user may change villages, cadres and assignments.' })
  canEdit!: boolean;
}
