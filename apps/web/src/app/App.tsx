import { useEffect } from 'react';
import { BrowserRouter, useNavigate } from 'react-router';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';
import { ApiError, configureApi } from '../shared/api';
import { AppRoutes } from './routes';
import { applySession } from './session';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // a 4xx will not get better by asking again
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});

/** Connects the framework-free API client to antd's message API and the router. */
function ApiBridge() {
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  useEffect(() => {
    configureApi({
      notifyError: (text) => void message.error({ content: text, key: text }),
      onUnauthorized: () => {
        applySession(qc, null);
        const { pathname, search } = window.location;
        if (pathname === '/login' || pathname === '/register') return;
        const next = pathname + search;
        navigate(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`, { replace: true });
      },
    });
  }, [message, navigate, qc]);
  return null;
}

export function App() {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={en ? enUS : viVN} theme={{ token: { colorPrimary: '#0b5cad' } }}>
        <AntApp>
          <BrowserRouter>
            <ApiBridge />
            <AppRoutes />
          </BrowserRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
