export * from './document-edits';
export { mapGetStrings } from './map-references';
export { newStep } from './step-templates';
