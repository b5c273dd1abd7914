export { PostNav, type PostNavProps, type PostNavSlot } from './PostNav.js';
