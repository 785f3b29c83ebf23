export { fromPointer, type PathSegments, toPointer } from "../layout/pointer.js";
