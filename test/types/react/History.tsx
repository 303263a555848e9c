import { useState } from 'react';
import 'loyalty-history/react';

export function History({ token, jwt }: { token: string; jwt: () => string }) {
  const [total, setTotal] = useState<number>();
  return (
    <>
      <p>{total ?? '…'} operations</p>
      <loyalty-history
        token={token}
        site-code="demo"
        headers={() => ({ Authorization: `Bearer ${jwt()}` })}
        onloyalty-history-load={(e) => setTotal(e.detail.total)}
        onloyalty-history-error={(e) => console.warn(e.detail.kind, e.detail.message)}
      />
    </>
  );
}
