import { html } from '../../http/html.ts';

/**
 * A fictional municipality page that embeds the directory exactly as a municipality would
 * (the two-line snippet), under a strict Content-Security-Policy (see index.ts), so the
 * demo also proves the widget needs no inline script or style.
 */
export function embedDemoPage(options: { publicOrigin: string; integrity: string | null; hashedPath: string | null }) {
  const snippet = `<script type="module" src="${options.publicOrigin}/widget/koinsep-directory.js"></script>
<koinsep-directory lang="el"></koinsep-directory>`;
  const pinned =
    options.hashedPath && options.integrity
      ? `<script type="module" src="${options.publicOrigin}${options.hashedPath}"
        integrity="${options.integrity}" crossorigin="anonymous"></script>`
      : null;
  return html`<!doctype html>
<html lang="el">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Κοινωνική Οικονομία — Δήμος Χαλανδρίου (σελίδα επίδειξης)</title>
<link rel="stylesheet" href="/embed-demo/demo.css">
<script type="module" src="/widget/koinsep-directory.js"></script>
</head>
<body>
<a class="skip" href="#main">Μετάβαση στο περιεχόμενο</a>
<p class="demo-note">Σελίδα επίδειξης με φανταστικό περιεχόμενο — δεν είναι ο επίσημος ιστότοπος του Δήμου.</p>
<header class="municipal">
  <div class="wrap header-row">
    <a class="brand" href="/embed-demo"><span class="emblem" aria-hidden="true">ΔΧ</span>
      <span><span class="brand-name">Δήμος Χαλανδρίου</span><span class="brand-sub">Περιφέρεια Αττικής</span></span></a>
    <nav aria-label="Κύριο μενού">
      <ul class="menu">
        <li><a href="#main">Ο Δήμος</a></li>
        <li><a href="#main">Υπηρεσίες</a></li>
        <li><a href="#main" aria-current="page">Κοινωνική Πολιτική</a></li>
        <li><a href="#contact">Επικοινωνία</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main" class="wrap">
  <nav class="breadcrumb" aria-label="Διαδρομή">
    <ol><li><a href="/embed-demo">Αρχική</a></li><li><a href="#main">Κοινωνική Πολιτική</a></li><li aria-current="page">Κοινωνική Οικονομία</li></ol>
  </nav>
  <h1>Κοινωνικές επιχειρήσεις με τις οποίες συνεργαζόμαστε</h1>
  <p class="lead">Ο Δήμος στηρίζει την κοινωνική και αλληλέγγυα οικονομία. Στον κατάλογο θα βρείτε τις
  Κοινωνικές Συνεταιριστικές Επιχειρήσεις (ΚοινΣΕπ) και τους άλλους φορείς που προσφέρουν υπηρεσίες στην περιοχή μας:
  καθαριότητα, σίτιση, φροντίδα πρασίνου, κοινωνικές υπηρεσίες και άλλα.</p>
  <section class="directory" aria-labelledby="directory-title">
    <h2 id="directory-title">Κατάλογος κοινωνικών επιχειρήσεων</h2>
    <koinsep-directory lang="el"></koinsep-directory>
  </section>
  <aside class="side" aria-labelledby="join-title">
    <h2 id="join-title">Είστε κοινωνική επιχείρηση;</h2>
    <p>Επικοινωνήστε με το Γραφείο Κοινωνικής Οικονομίας για να καταχωριστεί η επιχείρησή σας στο μητρώο του Δήμου.</p>
  </aside>
  <details class="embed-code">
    <summary>Πώς ενσωματώνεται ο κατάλογος σε έναν ιστότοπο</summary>
    <p>Αντιγράψτε τις δύο γραμμές σε οποιαδήποτε σελίδα:</p>
    <pre><code>${snippet}</code></pre>
    ${
      pinned
        ? html`<p>Ή, για σταθερή έκδοση με έλεγχο ακεραιότητας (Subresource Integrity):</p><pre><code>${pinned}</code></pre>`
        : ''
    }
  </details>
</main>
<footer id="contact" class="municipal-footer">
  <div class="wrap footer-grid">
    <div><h2>Δήμος Χαλανδρίου</h2><p>Οδός Παραδείγματος 1, 152 00<br>Τηλ. 210 000 0000</p></div>
    <div><h2>Γραφείο Κοινωνικής Οικονομίας</h2><p>Δευτέρα – Παρασκευή, 08:00 – 15:00</p></div>
    <div><h2>Χρήσιμα</h2><ul><li><a href="/">Μητρώο Κοινωνικών Επιχειρήσεων</a></li><li><a href="/docs">Ανοικτά δεδομένα (API)</a></li></ul></div>
  </div>
</footer>
</body>
</html>`.toString();
}
