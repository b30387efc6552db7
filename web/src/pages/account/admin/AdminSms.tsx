import type { ApiClient } from '../../../api/client';
import { useT } from '../../../i18n';
import { Screen } from '../../../ui';
import { AdminNav } from '../controls';
import { Usage } from '../Numbers';

/** `/admin/sms`: everyone's texts and their cost (`GET /admin/sms/usage`), by month or by day. */
export function AdminSms({ api }: { api: ApiClient }) {
  const t = useT();
  return (
    <Screen title={t('admin.sms.title')}>
      <AdminNav />
      <Usage api={api} everyone />
    </Screen>
  );
}
