import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { getMetadataStorage as validationMetadata, validate, type ValidationError } from 'class-validator';
import { getMetadataStorage, type ValidatorFn } from 'type-graphql';
import { DomainError, ErrorCode, isRefusalReason, REFUSALS, type Refusal as Rule, type RefusalReason } from '@township/shared';

interface Refusal {
  path: string;
  message: string;
  rule: Rule;
}

const isInputClass = (target: Function) => getMetadataStorage().inputTypes.some((type) => type.target === target);
const isArgsClass = (target: Function) => getMetadataStorage().argumentTypes.some((type) => type.target === target);

/** The first failed rule of class-validator's tree, with the dotted path below `path`. */
function firstRefusal(errors: ValidationError[], path: string): Refusal | undefined {
  for (const error of errors) {
    const at = path ? `${path}.${error.property}` : error.property;
    const [reason, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    if (reason) return { path: at, message, rule: { reason: reason as RefusalReason, params: paramsOf(error, reason) } };
    const nested = firstRefusal(error.children ?? [], at);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * A class-validator rule's figures (`@Length(1, 200)` → min 1, max 200), named in the order the
 * catalogue lists them for that rule; a list (`@IsIn`) reads as its items joined.
 */
function paramsOf(error: ValidationError, reason: string): Rule['params'] {
  const names: readonly string[] = isRefusalReason(reason) ? REFUSALS[reason] : [];
  if (!names.length || !error.target) return undefined;
  const rule = validationMetadata()
    .getTargetValidationMetadatas(error.target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === error.property && metadata.name === reason);
  const figure = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'number' || typeof value === 'string' ? value : null);
  return Object.fromEntries(names.map((name, i) => [name, figure(rule?.constraints?.[i])]));
}

/**
 * Runs the class-validator rules of an input and of every input nested in it, wherever it sits:
 * a rule on `TimeLimitInput.amount` holds inside `SetComplaintTimeLimitInput.accept` without the
 * parent remembering `@ValidateNested`.
 */
async function refusalIn(value: unknown, path: string): Promise<Refusal | undefined> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const refusal = await refusalIn(item, `${path}.${index}`);
      if (refusal) return refusal;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object' || !(isInputClass(value.constructor) || isArgsClass(value.constructor))) return undefined;
  const own = firstRefusal(await validate(value, { skipMissingProperties: true, forbidUnknownValues: false }), path);
  if (own) return own;
  for (const [key, child] of Object.entries(value)) {
    const refusal = await refusalIn(child, path ? `${path}.${key}` : key);
    if (refusal) return refusal;
  }
  return undefined;
}

/** The argument an input came in: `@Args` classes spread their fields as arguments, an `@Arg` input is found by its type. */
function argumentPath(argType: unknown, info: GraphQLResolveInfo): string {
  if (typeof argType !== 'function' || isArgsClass(argType)) return '';
  const typeName = getMetadataStorage().inputTypes.find((type) => type.target === argType)?.name;
  const field = info.parentType.getFields()[info.fieldName];
  return field.args.find((arg) => getNamedType(arg.type).name === typeName)?.name ?? '';
}

/**
 * type-graphql's validation for every argument: the rules of the input classes, nested ones
 * included, refused as BAD_USER_INPUT naming the full path (`input.accept.amount`) and the rule
 * (`reason`: class-validator's constraint name, e.g. `min`, `isLength`).
 */
export const validateInput: ValidatorFn = async (value, argType, { info }) => {
  const refusal = await refusalIn(value, argumentPath(argType, info));
  if (refusal) throw new DomainError(ErrorCode.BadUserInput, refusal.message, refusal.path, refusal.rule);
};
