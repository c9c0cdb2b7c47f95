/**
 * What auth needs from the unit tree: each unit's ltree path and full name, to check that an
 * administrator reaches the unit a key or membership is for. Declared here and met by core/org's
 * service, so auth does not import org: org stands on auth (actors, the guard), not the reverse.
 */
export interface UnitPaths {
  unitPaths(ids: readonly string[]): Promise<Map<string, { path: string; fullName: string }>>;
}

/** The same for the auth module: unit paths, and the province new citizens belong to. */
export interface UnitDirectory extends UnitPaths {
  rootProvince(): Promise<{ id: string } | undefined>;
}
