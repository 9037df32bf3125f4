import { DataTable } from '../../shell/DataTable';
import { useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { useResource } from '../../shell/useResource';
import type { Bloc, Unit } from './adminTypes';
import { BlocForm } from './BlocForm';
import { UnitForm } from './UnitForm';

const TEXT = {
  heading: { vi: 'Đơn vị và khối thi đua', en: 'Units and emulation blocs' },
  units: { vi: 'Đơn vị', en: 'Units' },
  blocs: { vi: 'Khối thi đua', en: 'Emulation blocs' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên', en: 'Name' },
  nameEn: { vi: 'Tên tiếng Anh', en: 'English name' },
  bloc: { vi: 'Khối', en: 'Bloc' },
  unnamed: { vi: '(chưa đặt tên)', en: '(no name yet)' },
  members: { vi: 'Đơn vị trong khối', en: 'Units in the bloc' },
};

/** The agency's units and the emulation blocs they compete in; create, rename, move. */
export function OrganisationPage() {
  const t = useText(TEXT);
  const units = useResource<{ items: Unit[] }>('/api/admin/units');
  const blocs = useResource<{ items: Bloc[] }>('/api/admin/blocs');
  const reload = () => {
    units.reload();
    blocs.reload();
  };
  return (
    <>
      <h1>{t.heading}</h1>
      <section aria-labelledby="units-title">
        <h2 id="units-title">{t.units}</h2>
        <ProblemMessage problem={units.problem} />
        {units.data ? (
          <DataTable columns={[t.code, t.name, t.nameEn, t.bloc]}>
            {units.data.items.map((u) => (
              <tr key={u._id}>
                <th scope="row">{u._id}</th>
                <td>{u.name}</td>
                <td>{u.nameEn ?? '—'}</td>
                <td>{u.blocId ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <Placeholder rows={5} />
        )}
        <UnitForm units={units.data?.items} blocs={blocs.data?.items} onSaved={reload} />
      </section>
      <section aria-labelledby="blocs-title">
        <h2 id="blocs-title">{t.blocs}</h2>
        <ProblemMessage problem={blocs.problem} />
        {blocs.data && units.data ? (
          <DataTable columns={[t.code, t.name, t.members]}>
            {blocs.data.items.map((b) => (
              <tr key={b._id}>
                <th scope="row">{b._id}</th>
                <td>{b.name ?? <span class="muted">{t.unnamed}</span>}</td>
                <td>
                  {units
                    .data!.items.filter((u) => u.blocId === b._id)
                    .map((u) => u._id)
                    .join(', ') || '—'}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <Placeholder rows={3} />
        )}
        <BlocForm blocs={blocs.data?.items} onSaved={reload} />
      </section>
    </>
  );
}
