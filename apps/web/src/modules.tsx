/** The web halves of the build's service modules; adding a service's pages is one line here. */
import { reportsWebModule } from './features/reports/module';
import type { WebModule } from './app/webModules';

export const WEB_MODULES: readonly WebModule[] = [reportsWebModule];
