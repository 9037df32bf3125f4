export { nominationWorkflow } from './nomination/nominationWorkflow';
