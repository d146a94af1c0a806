import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ToastProvider } from '../components/ui/toasts';
import { provideStages } from '../core/stage-registry';
import { createQueryClient } from '../lib/query-client';
import { AppRoutes } from './router';
import { StorageGate } from './storage-gate';

// The stage list loads on first need: the library's first paint does not carry the stages.
provideStages(() => import('./stages').then((module) => module.stages));

export function App({ updatePrompt }: { updatePrompt?: ReactNode }) {
  const [queryClient] = useState(() => createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <StorageGate>
        <ToastProvider>
          <AppRoutes updatePrompt={updatePrompt} />
        </ToastProvider>
      </StorageGate>
    </QueryClientProvider>
  );
}
