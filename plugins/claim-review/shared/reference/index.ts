export { componentName } from './component-names';
export { modelFamily, isFamilyPart } from './model-family';
