/** The web halves of the build's service modules; adding a service's pages is one line here. */
import type { WebModule } from './app/webModules';
import { reportsWebModule } from './features/reports/module';
// end of imports (npm run new:module inserts above)

export const WEB_MODULES: readonly WebModule[] = [
  reportsWebModule,
  // end of modules
];
