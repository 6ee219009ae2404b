import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';

/**
 * The app: its routes in a browser router. antd-mobile's locale provider sits in the one page that uses
 * antd-mobile's components (Stations), so the first screens download none of its locale tables.
 */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
