// The eleven power dimensions come from one list, surveys/dimensions.ts: a plain constant module that loads
// nothing, so reports/ stays pure. Reports show them in that (item-bank) order.
export { DIMENSIONS, isDimension, type Dimension } from "../surveys/dimensions";
