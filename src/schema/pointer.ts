export { fromPointer, toPointer } from "../layout/pointer.js";
