import { usePublicConfig } from '../shared/publicConfig';
import { WEB_MODULES } from '../modules';
import { enabledWebModules, type WebModule } from './webModules';

/** The web modules to show: those the server runs (all while the config is unknown). */
export function useWebModules(): readonly WebModule[] {
  const config = usePublicConfig();
  return enabledWebModules(WEB_MODULES, config.data?.modules ?? null);
}
