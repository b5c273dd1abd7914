export { codeFrame } from './CodeFrame.js';
