import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

/**
 * antd-mobile's imperative APIs (Toast, Dialog, Modal.show) render with the ReactDOM.render that React 19
 * removed; give them createRoot instead, one root per container (see STACK.md, "React 19 and antd-mobile").
 */
const roots = new WeakMap<Element | DocumentFragment, Root>();

export function installAntdMobileRender(): void {
  unstableSetRender((node, container) => {
    let root = roots.get(container);
    if (!root) {
      root = createRoot(container);
      roots.set(container, root);
    }
    root.render(node);
    const mounted = root;
    return async () => {
      // Unmount after the current render settles, as React forbids unmounting a root mid-render.
      await Promise.resolve();
      mounted.unmount();
      roots.delete(container);
    };
  });
}
