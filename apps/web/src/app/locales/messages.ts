/** Same keys as the Vietnamese texts, any strings: the shape every other language follows. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
