import { join } from 'node:path';
import { str } from '@lit/localize';
import { englishTemplates } from '../../web/widget/locales/en.ts';
import { describeMessageCatalog } from '../helpers/message-catalog.ts';

describeMessageCatalog('widget messages', join(import.meta.dirname, '../../web/widget'), englishTemplates(str), 50);
