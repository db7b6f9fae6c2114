import type { ReactNode } from 'react';
import { useQuery } from '../api/useQuery.ts';
import { ErrorBox, Loading } from '../components/States.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import type { DashboardOverduePetitionsQuery } from '../gql/graphql.ts';
import { CATEGORY_LABELS, formatCount, formatDate, formatDateTime, STATUS_LABELS } from '../labels.ts';
import { OVERDUE_PETITIONS } from './agencyData.ts';

export type OverduePetition = NonNullable<
  NonNullable<DashboardOverduePetitionsQuery['agency']>['petitions']
>['nodes'][number];

export interface OverdueListProps {
  agencyId: string;
  /** Actions for the whole list, shown above it (e.g. urging the agency about every overdue petition). */
  toolbar?: (petitions: OverduePetition[], reload: () => void) => ReactNode;
  /** Actions for one row, in a last column shown only when given (e.g. urging about this petition). */
  rowActions?: (petition: OverduePetition, reload: () => void) => ReactNode;
}

/** Petitions still open past their publication deadline, oldest due first (the API's order is newest first). */
export function OverdueList({ agencyId, toolbar, rowActions }: OverdueListProps) {
  const overdue = useQuery(OVERDUE_PETITIONS, { id: agencyId, first: 50 });
  if (overdue.loading) return <Loading what="danh sách quá hạn" />;
  if (overdue.error) return <ErrorBox error={overdue.error} retry={overdue.retry} />;
  const connection = overdue.data?.agency?.petitions;
  if (!connection) return null;
  const petitions = [...connection.nodes].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <>
      <p>
        {formatCount(connection.totalCount)} phản ánh, kiến nghị đã quá hạn công khai kết quả
        {connection.totalCount > petitions.length ? ` (hiển thị ${petitions.length})` : ''}.
      </p>
      {toolbar?.(petitions, overdue.retry)}
      {petitions.length > 0 && (
        <TableScroll>
          <table data-testid="overdue-list">
            <caption>Phản ánh, kiến nghị quá hạn</caption>
            <thead>
              <tr>
                <th scope="col">Mã theo dõi</th>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Nhóm nội dung</th>
                <th scope="col">Tiếp nhận</th>
                <th scope="col">Hạn công khai</th>
                <th scope="col">Trạng thái</th>
                {rowActions && <th scope="col">Thao tác</th>}
              </tr>
            </thead>
            <tbody>
              {petitions.map((petition) => (
                <tr key={petition.id} data-petition-id={petition.id}>
                  <td>{petition.trackingCode}</td>
                  <td>{petition.title}</td>
                  <td>{CATEGORY_LABELS[petition.category]}</td>
                  <td>{formatDateTime(petition.receivedAt)}</td>
                  <td>{formatDate(petition.dueDate)}</td>
                  <td>{STATUS_LABELS[petition.status]}</td>
                  {rowActions && <td>{rowActions(petition, overdue.retry)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
