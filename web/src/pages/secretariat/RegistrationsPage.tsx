import { query } from '../../shell/api';
import { DataTable } from '../../shell/DataTable';
import { todayInVietnam } from '../../shell/dates';
import { useText } from '../../shell/i18n';
import { Placeholder } from '../../shell/Placeholder';
import { ProblemMessage } from '../../shell/problems';
import { navigate, type RouteProps } from '../../shell/router';
import { useResource } from '../../shell/useResource';
import { BlocRankingTable } from './BlocRankingTable';
import type { RegistrationStatus } from './registrationTypes';
import { YearPicker } from '../../shell/YearPicker';

const TEXT = {
  heading: { vi: 'Đăng ký thi đua', en: 'Emulation registrations' },
  units: { vi: 'Tình hình đăng ký của các đơn vị', en: 'Who has registered' },
  summary: { vi: 'đơn vị đã đăng ký', en: 'units registered' },
  people: { vi: 'cá nhân đã đăng ký', en: 'people registered' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  bloc: { vi: 'Khối thi đua', en: 'Bloc' },
  collective: { vi: 'Đăng ký tập thể', en: 'Unit registration' },
  individuals: { vi: 'Cá nhân đăng ký', en: 'People registered' },
  registered: { vi: '✓ Đã đăng ký', en: '✓ Registered' },
  notRegistered: { vi: '✗ Chưa đăng ký', en: '✗ Not registered' },
  ranking: { vi: 'Bảng chấm điểm và xếp hạng khối', en: 'Bloc score sheets and ranking' },
  chooseBloc: { vi: 'Khối', en: 'Bloc' },
  noBloc: { vi: 'Chưa có khối thi đua nào.', en: 'No emulation blocs yet.' },
};

/** Who registered for the year's movement and who has not; a bloc's score sheets and ranking. */
export function RegistrationsPage(props: RouteProps) {
  const t = useText(TEXT);
  const year = Number(props.query.get('year')) || Number(todayInVietnam().slice(0, 4));
  const status = useResource<RegistrationStatus>(`/api/registrations/status${query({ year })}`);
  const blocs = [
    ...new Set((status.data?.units ?? []).map((u) => u.blocId).filter((b): b is string => !!b)),
  ].sort();
  const bloc = props.query.get('bloc') ?? blocs[0];
  const go = (next: { year?: number; bloc?: string }) =>
    navigate(`/secretariat/registrations${query({ year, bloc, ...next })}`, { replace: true });
  const data = status.data;
  return (
    <>
      <h1>
        {t.heading} {year}
      </h1>
      <YearPicker year={year} onYear={(y) => go({ year: y })} />
      <ProblemMessage problem={status.problem} />
      <section aria-labelledby="reg-units-title">
        <h2 id="reg-units-title">{t.units}</h2>
        {!data ? (
          <Placeholder rows={5} />
        ) : (
          <>
            <p>
              <strong>
                {data.totals.unitsRegistered}/{data.totals.units}
              </strong>{' '}
              {t.summary} ·{' '}
              <strong>
                {data.totals.peopleRegistered}/{data.totals.people}
              </strong>{' '}
              {t.people}
            </p>
            <DataTable columns={[t.unit, t.bloc, t.collective, t.individuals]}>
              {data.units.map((u) => (
                <tr key={u.unitId}>
                  <th scope="row">
                    {u.unitId}
                    <div class="muted">{u.name}</div>
                  </th>
                  <td>{u.blocId ?? '—'}</td>
                  <td>
                    <span class={u.unitRegistered ? 'due due-onTime' : 'due due-overdue'}>
                      {u.unitRegistered ? t.registered : t.notRegistered}
                    </span>
                  </td>
                  <td>
                    {u.peopleRegistered}/{u.people}
                  </td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">{t.ranking}</h2>
        {data && blocs.length === 0 && <p class="empty">{t.noBloc}</p>}
        {blocs.length > 0 && (
          <div class="field">
            <label for="bloc-choice">{t.chooseBloc}</label>
            <select
              id="bloc-choice"
              value={bloc}
              onChange={(e) => go({ bloc: e.currentTarget.value })}
            >
              {blocs.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
        )}
        {!data ? (
          <Placeholder rows={3} />
        ) : (
          bloc && <BlocRankingTable key={`${year}:${bloc}`} year={year} blocId={bloc} />
        )}
      </section>
    </>
  );
}
