import { join } from 'node:path';
import { templates } from '../../web/admin/locales/en.ts';
import { describeMessageCatalog } from '../helpers/message-catalog.ts';

describeMessageCatalog('admin app messages', join(import.meta.dirname, '../../web/admin'), templates, 80);
