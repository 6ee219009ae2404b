import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';

/**
 * The app: its routes in a browser router. The pages draw their own plain elements, so no antd-mobile
 * locale provider is needed and the first screens download none of its locale tables.
 */
export function App() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
