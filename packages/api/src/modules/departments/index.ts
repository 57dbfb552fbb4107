export { Department } from './department.entity.js';
export { ResponsibilityLetter } from './responsibility-letter.entity.js';
export { DepartmentResolver, ResponsibilityLetterResolver } from './department.resolver.js';
export { DepartmentType } from './department.type.js';
export { departmentById } from './department.loaders.js';
