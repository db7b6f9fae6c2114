/**
 * The Government Office's queue of petitions escalated to the Government (Decree 20/2008 Art. 17): the
 * `escalations` query, with assigning and answering. This page is where that queue goes once the API offers it.
 */
export function Escalations() {
  return (
    <section aria-labelledby="escalations-title">
      <h1 id="escalations-title">Phản ánh, kiến nghị chuyển Chính phủ xem xét</h1>
      <p className="notice">Hàng đợi chuyển Chính phủ chưa được hệ thống cung cấp.</p>
    </section>
  );
}
