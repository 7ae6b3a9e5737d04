import { join } from 'node:path';
import { templates } from '../../web/widget/locales/en.ts';
import { describeMessageCatalog } from '../helpers/message-catalog.ts';

describeMessageCatalog('widget messages', join(import.meta.dirname, '../../web/widget'), templates, 50);
