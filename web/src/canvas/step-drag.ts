/** The drag-and-drop type of a palette item: its data is a step type. */
export const STEP_TYPE_MIME = 'application/x-pipewright-step-type';
