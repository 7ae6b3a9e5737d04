// Entry of the staff app (vite build --mode admin): localisation first, then the shell.
import './localization.ts';
import './koinsep-admin-app.ts';
