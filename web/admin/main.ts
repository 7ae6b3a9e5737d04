// Entry of the staff app (vite build --mode admin): design tokens and localisation first, then the shell.
import { tokenStyles } from '../shared/tokens.ts';
import './localization.ts';
import './koinsep-admin-app.ts';

// The tokens on :root reach every shadow root of the app, and dialogs shown in the top layer.
if (tokenStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokenStyles.styleSheet];
