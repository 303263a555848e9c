import 'loyalty-history/table/react';

export function StaffTable({ phone, jwt, send }: { phone: string; jwt: () => string; send: (file: Blob, name: string) => void }) {
  return (
    <loyalty-history-table
      phone={phone}
      site-code="demo"
      columns="date operation amount added spent id"
      headers={() => ({ Authorization: `Bearer ${jwt()}` })}
      onloyalty-history-table-export={(e) => {
        e.preventDefault();
        send(e.detail.blob, e.detail.fileName);
      }}
    />
  );
}
