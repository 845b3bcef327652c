/** The four arc-eager moves; LEFT and RIGHT also carry a relation, predicted separately. */
export const SHIFT = 0;
export const REDUCE = 1;
/** The stack's top takes the buffer's front as head and is popped. */
export const LEFT = 2;
/** The buffer's front takes the stack's top as head and is pushed. */
export const RIGHT = 3;
export const MOVE_COUNT = 4;
