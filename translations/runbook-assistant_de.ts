<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Probe — %1</source>
        <translation>Prüfung — %1</translation>
    </message>
    <message>
        <source>Action — %1</source>
        <translation>Aktion — %1</translation>
    </message>
    <message>
        <source>type %1 to confirm</source>
        <translation>%1 eingeben, um zu bestätigen</translation>
    </message>
    <message>
        <source>Protected profile:</source>
        <translation>Geschütztes Profil:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>**%1** on %2 (%3) · risk: **%4**</source>
        <translation>**%1** auf %2 (%3) · Risiko: **%4**</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview again: the parameters changed.</source>
        <translation>Erneut Vorschau anzeigen: Die Parameter haben sich geändert.</translation>
    </message>
    <message>
        <source>Preview again: the time changed.</source>
        <translation>Erneut Vorschau anzeigen: Der Zeitpunkt hat sich geändert.</translation>
    </message>
    <message>
        <source>Preview again: the choice changed.</source>
        <translation>Erneut Vorschau anzeigen: Die Auswahl hat sich geändert.</translation>
    </message>
    <message>
        <source>Type the parameters, then Preview.</source>
        <translation>Parameter eingeben, dann Vorschau.</translation>
    </message>
    <message>
        <source>Mark Step Done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>Mark the step done, with this result as its evidence</source>
        <translation>Den Schritt als erledigt markieren, mit diesem Ergebnis als Nachweis</translation>
    </message>
    <message>
        <source>Step marked done, with %1 as its evidence.</source>
        <translation>Schritt erledigt, mit %1 als Nachweis.</translation>
    </message>
    <message>
        <source>Not kept as evidence: %1</source>
        <translation>Nicht als Nachweis behalten: %1</translation>
    </message>
    <message>
        <source>Kept with the step as evidence %1.</source>
        <translation>Beim Schritt als Nachweis %1 behalten.</translation>
    </message>
</context>
<context>
    <name>ActionTokens</name>
    <message>
        <source>refused: no confirmation token; preview first</source>
        <translation>abgelehnt: kein Bestätigungstoken; zuerst die Vorschau anzeigen</translation>
    </message>
    <message>
        <source>refused: the token is not the one of this preview (or what it showed has changed); preview again</source>
        <translation>abgelehnt: Das Token gehört nicht zu dieser Vorschau (oder das Gezeigte hat sich geändert); Vorschau erneut anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>refused: the preview&apos;s token has expired (after %n minute(s)); preview again</source>
        <translation>
            <numerusform>abgelehnt: Das Token der Vorschau ist abgelaufen (nach %n Minute); Vorschau erneut anzeigen</numerusform>
            <numerusform>abgelehnt: Das Token der Vorschau ist abgelaufen (nach %n Minuten); Vorschau erneut anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: cannot check the token (%1 is locked)</source>
        <translation>abgelehnt: Das Token kann nicht geprüft werden (%1 ist gesperrt)</translation>
    </message>
    <message>
        <source>refused: this token was used already; preview again</source>
        <translation>abgelehnt: Dieses Token wurde schon verwendet; Vorschau erneut anzeigen</translation>
    </message>
    <message>
        <source>refused: cannot record the token as used: %1</source>
        <translation>abgelehnt: Das Token kann nicht als verwendet vermerkt werden: %1</translation>
    </message>
</context>
<context>
    <name>Alert</name>
    <message>
        <source>fingerprint: missing</source>
        <translation>fingerprint: fehlt</translation>
    </message>
    <message>
        <source>labels: expected an object</source>
        <translation>labels: Objekt erwartet</translation>
    </message>
    <message>
        <source>startsAt: not an RFC 3339 time</source>
        <translation>startsAt: keine Zeit nach RFC 3339</translation>
    </message>
</context>
<context>
    <name>AlertIncident</name>
    <message>
        <source>no runbook in the library is for %1 (%2 files indexed)</source>
        <translation>kein Runbook der Bibliothek gehört zu %1 (%2 Dateien indiziert)</translation>
    </message>
    <message>
        <source>no runbook in the library is for %1 or ends in the path of %2 (%3 files indexed)</source>
        <translation>kein Runbook der Bibliothek gehört zu %1 oder endet auf den Pfad von %2 (%3 Dateien indiziert)</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 resolved at %2 (firing since %3)</source>
        <translation>%1 behoben um %2 (ausgelöst seit %3)</translation>
    </message>
    <message>
        <source>%1 firing since %2: %3</source>
        <translation>%1 ausgelöst seit %2: %3</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>no Alertmanager is set (Settings → Alerts, or --alertmanager URL)</source>
        <translation>kein Alertmanager eingestellt (Einstellungen → Alarme, oder --alertmanager URL)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL of an Alertmanager</source>
        <translation>„%1“ ist keine http(s)-URL eines Alertmanagers</translation>
    </message>
    <message>
        <source>the Alertmanager token</source>
        <translation>das Alertmanager-Token</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label matcher (name=value, name=~regex, name!=value)</source>
        <translation>„%1“ ist kein Label-Matcher (name=wert, name=~regex, name!=wert)</translation>
    </message>
    <message>
        <source>%1: HTTP %2 with an HTML page, not Alertmanager&apos;s API (is the URL the Alertmanager, behind no login page?)</source>
        <translation>%1: HTTP %2 mit einer HTML-Seite statt der Alertmanager-API (ist die URL der Alertmanager, ohne Anmeldeseite davor?)</translation>
    </message>
    <message>
        <source>%1: HTTP %2: Alertmanager says %3</source>
        <translation>%1: HTTP %2: Alertmanager meldet %3</translation>
    </message>
    <message>
        <source>%1: answered with an HTML page, not Alertmanager&apos;s API (is the URL the Alertmanager, behind no login page?)</source>
        <translation>%1: Antwort ist eine HTML-Seite statt der Alertmanager-API (ist die URL der Alertmanager, ohne Anmeldeseite davor?)</translation>
    </message>
    <message>
        <source>%1: the answer is not JSON (%2 at byte %3)</source>
        <translation>%1: Die Antwort ist kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON array</source>
        <translation>%1: JSON-Array erwartet</translation>
    </message>
    <message>
        <source>%1: alert %2: %3</source>
        <translation>%1: Alarm %2: %3</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <source>No Alertmanager is set: Settings → Alerts and runbook library.</source>
        <translation>Kein Alertmanager eingestellt: Einstellungen → Alarme und Runbook-Bibliothek.</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Firing alerts</source>
        <translation>Ausgelöste Alarme</translation>
    </message>
    <message>
        <source>Start in&amp;cident</source>
        <translation>&amp;Vorfall beginnen</translation>
    </message>
    <message>
        <source>Open the alert&apos;s runbook at its section, with its labels as the incident&apos;s variables</source>
        <translation>Das Runbook des Alarms an seinem Abschnitt öffnen, mit seinen Labels als Variablen des Vorfalls</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing at %1 — asked %2</source>
        <translation>
            <numerusform>%n Alarm ausgelöst um %1 — gefragt %2</numerusform>
            <numerusform>%n Alarme ausgelöst um %1 — gefragt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — the list below is from %2; asking again in %3 s</source>
        <translation>%1 — die Liste unten ist von %2; erneute Abfrage in %3 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>none in the library</source>
        <translation>keins in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>BlobCheck</name>
    <message>
        <source>%1: &quot;from&quot; names no SQL probe</source>
        <translation>%1: „from“ nennt keine SQL-Prüfung</translation>
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation>Profil %1 hat keinen Connector %2</translation>
    </message>
</context>
<context>
    <name>BlobCleanup</name>
    <message>
        <source>refused: deleting blobs needs the token of the list that was previewed</source>
        <translation>abgelehnt: Das Löschen von Blobs braucht das Token der Liste aus der Vorschau</translation>
    </message>
    <message>
        <source>refused: profile_photos references more than %1 blobs; the orphans cannot be told apart safely</source>
        <translation>abgelehnt: profile_photos verweist auf mehr als %1 Blobs; die verwaisten lassen sich nicht sicher unterscheiden</translation>
    </message>
    <message>
        <source>refused: the orphans are not the list that was previewed — %1</source>
        <translation>abgelehnt: Die verwaisten Blobs sind nicht die Liste aus der Vorschau — %1</translation>
    </message>
</context>
<context>
    <name>Builder</name>
    <message>
        <source>Query %1</source>
        <translation>Abfrage %1</translation>
    </message>
    <message>
        <source>threshold row does not parse: the metric cell is empty</source>
        <translation>Schwellwertzeile nicht lesbar: Die Metrik-Zelle ist leer</translation>
    </message>
    <message>
        <source>threshold row &quot;%1&quot; does not parse: the %2 cell is missing</source>
        <translation>Schwellwertzeile „%1“ nicht lesbar: Die Zelle %2 fehlt</translation>
    </message>
    <message>
        <source>threshold row &quot;%1&quot; does not parse: cannot read %2 value &quot;%3&quot; (expected e.g. &quot;&gt; 10&quot; or &quot;&gt; 20% of total&quot;)</source>
        <translation>Schwellwertzeile „%1“ nicht lesbar: Wert %2 „%3“ nicht lesbar (erwartet z. B. „&gt; 10“ oder „&gt; 20% of total“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only level-%2 heading and comes first: read as the title; the level-%3 headings are the sections</source>
        <translation>„%1“ ist die einzige Überschrift der Ebene %2 und steht am Anfang: als Titel gelesen; die Überschriften der Ebene %3 sind die Abschnitte</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>no headings: the whole document is read as one checklist</source>
        <translation>keine Überschriften: das ganze Dokument wird als eine Checkliste gelesen</translation>
    </message>
    <message>
        <source>heading level jumps from %1 to %2; read as a sub-heading of &quot;%3&quot;</source>
        <translation>Überschriftenebene springt von %1 auf %2; als Unterüberschrift von „%3“ gelesen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is below &quot;%2&quot;: read as a part of that section, not a section of its own</source>
        <translation>„%1“ steht unter „%2“: als Teil dieses Abschnitts gelesen, nicht als eigener Abschnitt</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; is empty</source>
        <translation>Abschnitt „%1“ ist leer</translation>
    </message>
    <message>
        <source>duplicate section title &quot;%1&quot; (first at line %2)</source>
        <translation>doppelter Abschnittstitel „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>section numbering jumps from %1 to %2</source>
        <translation>Abschnittsnummerierung springt von %1 auf %2</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>code fence opened here is never closed</source>
        <translation>der hier geöffnete Codeblock wird nie geschlossen</translation>
    </message>
    <message>
        <source>code block not indented under its list item; read as part of step %1 (indent it to keep the list together)</source>
        <translation>Codeblock nicht unter seinen Listenpunkt eingerückt; als Teil von Schritt %1 gelesen (einrücken, damit die Liste zusammenbleibt)</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Run the %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source> query</source>
        <translation>-Abfrage</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is a stage of the work: its %n item(s) are steps of the group &quot;%1&quot;, not one step</source>
        <translation>
            <numerusform>„%1“ ist eine Arbeitsphase: Ihr %n Punkt ist ein Schritt der Gruppe „%1“, nicht ein einzelner Schritt</numerusform>
            <numerusform>„%1“ ist eine Arbeitsphase: Ihre %n Punkte sind Schritte der Gruppe „%1“, nicht ein einzelner Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>step numbering jumps from %1 to %2</source>
        <translation>Schrittnummerierung springt von %1 auf %2</translation>
    </message>
    <message>
        <source>step number %1 repeats or goes backwards (expected %2)</source>
        <translation>Schrittnummer %1 wiederholt sich oder geht zurück (erwartet %2)</translation>
    </message>
    <message>
        <source>empty list item in section &quot;%1&quot;</source>
        <translation>leerer Listenpunkt im Abschnitt „%1“</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>%1: not a change (%2)</source>
        <translation>%1: keine Änderung (%2)</translation>
    </message>
    <message>
        <source>cannot create the folder for the change journal %1</source>
        <translation>Der Ordner für das Änderungsjournal %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the change journal is not open</source>
        <translation>das Änderungsjournal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot keep the change: %1</source>
        <translation>Die Änderung kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>cannot read the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, change %2</source>
        <translation>%1, Änderung %2</translation>
    </message>
    <message>
        <source>cannot update the change journal %1: %2</source>
        <translation>Das Änderungsjournal %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>cannot keep the draft: %1</source>
        <translation>Der Entwurf kann nicht festgehalten werden: %1</translation>
    </message>
    <message>
        <source>%1, draft %2</source>
        <translation>%1, Entwurf %2</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>This step&apos;s text changed since it was recorded.</source>
        <translation>Der Text dieses Schritts hat sich seit der Erfassung geändert.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>This step&apos;s text changed since it was recorded; it read: %1</source>
        <translation>Der Text dieses Schritts hat sich seit der Aufzeichnung geändert; er lautete: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>… (more rows than the cap)</source>
        <translation>… (mehr Zeilen als die Obergrenze)</translation>
    </message>
    <message>
        <source>dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>to run it: %1--confirm %2</source>
        <translation>zum Ausführen: %1--confirm %2</translation>
    </message>
    <message>
        <source>The runbook the wiring belongs to.</source>
        <translation>Das Runbook, zu dem die Anbindung gehört.</translation>
    </message>
    <message>
        <source>k=v; repeat a key to run once per value.</source>
        <translation>k=v; einen Schlüssel wiederholen, um je Wert einmal auszuführen.</translation>
    </message>
    <message>
        <source>The token the preview printed.</source>
        <translation>Das Token, das die Vorschau ausgegeben hat.</translation>
    </message>
    <message>
        <source>The protected profile&apos;s name, for destructive actions.</source>
        <translation>Der Name des geschützten Profils, für zerstörende Aktionen.</translation>
    </message>
    <message>
        <source>Incident store, with --incident.</source>
        <translation>Vorfallspeicher, mit --incident.</translation>
    </message>
    <message>
        <source>Record it in this incident: a probe&apos;s result or an action&apos;s outcome as evidence of its step, an action&apos;s intent and outcome on the timeline.</source>
        <translation>In diesem Vorfall festhalten: das Ergebnis einer Prüfung oder den Ausgang einer Aktion als Nachweis ihres Schritts, Absicht und Ausgang einer Aktion in der Zeitleiste.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>list, preview ID, or run ID --confirm TOKEN (the token the preview printed).</source>
        <translation>list, preview ID oder run ID --confirm TOKEN (das Token, das die Vorschau ausgegeben hat).</translation>
    </message>
    <message>
        <source>run ID: the probe bound to step or query ID.</source>
        <translation>run ID: die an Schritt oder Abfrage ID gebundene Prüfung.</translation>
    </message>
    <message>
        <source>--runbook R and a verb are needed.</source>
        <translation>--runbook R und ein Verb sind nötig.</translation>
    </message>
    <message>
        <source>unknown %1 verb &quot;%2&quot; (%3)</source>
        <translation>unbekanntes Verb „%2“ für %1 (%3)</translation>
    </message>
    <message>
        <source>no wiring profile for %1</source>
        <translation>kein Anbindungsprofil für %1</translation>
    </message>
    <message>
        <source>  (not available in this build yet)</source>
        <translation>  (in dieser Version noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1 is not bound to a %2 in %3</source>
        <translation>%1 ist in %3 an kein(e) %2 gebunden</translation>
    </message>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 führt %2 aus</translation>
    </message>
    <message>
        <source>--incident records a probe run or an action run, not a preview</source>
        <translation>--incident hält eine Prüfung oder eine ausgeführte Aktion fest, keine Vorschau</translation>
    </message>
    <message>
        <source>not attached as evidence: %1</source>
        <translation>nicht als Nachweis angehängt: %1</translation>
    </message>
    <message>
        <source>evidence %1 attached to %2</source>
        <translation>Nachweis %1 an %2 angehängt</translation>
    </message>
    <message>
        <source>The Alertmanager (default: the app&apos;s setting).</source>
        <translation>Der Alertmanager (Standard: die Einstellung der App).</translation>
    </message>
    <message>
        <source>Its bearer token as a reference: env:NAME or keychain:SERVICE/ACCOUNT.</source>
        <translation>Sein Bearer-Token als Verweis: env:NAME oder keychain:DIENST/KONTO.</translation>
    </message>
    <message>
        <source>A label matcher (severity=critical, namespace=~&quot;shop|web&quot;); repeatable.</source>
        <translation>Ein Label-Matcher (severity=critical, namespace=~&quot;shop|web&quot;); wiederholbar.</translation>
    </message>
    <message>
        <source>Only alerts routed to this receiver (a regex).</source>
        <translation>Nur Alarme, die an diesen Empfänger gehen (ein regulärer Ausdruck).</translation>
    </message>
    <message>
        <source>Include silenced alerts.</source>
        <translation>Stummgeschaltete Alarme einschließen.</translation>
    </message>
    <message>
        <source>A runbook folder (default: the app&apos;s library folders); repeatable.</source>
        <translation>Ein Runbook-Ordner (Standard: die Bibliotheksordner der App); wiederholbar.</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>List the silences instead (read-only).</source>
        <translation>Stattdessen die Stummschaltungen auflisten (nur lesend).</translation>
    </message>
    <message>
        <source>Record on each open incident of the store which of its alerts resolved since.</source>
        <translation>Bei jedem offenen Vorfall des Speichers festhalten, welche seiner Alarme seitdem behoben sind.</translation>
    </message>
    <message>
        <source>Incident store, with --sync (default: the GUI&apos;s store).</source>
        <translation>Vorfallspeicher, mit --sync (Standard: der Speicher des Fensters).</translation>
    </message>
    <message>
        <source>%1: %2 resolved — the incident can be resolved (runbook-cli incident resolve %1)</source>
        <translation>%1: %2 behoben — der Vorfall kann abgeschlossen werden (runbook-cli incident resolve %1)</translation>
    </message>
    <message>
        <source>no alert of an open incident resolved since</source>
        <translation>seitdem kein Alarm eines offenen Vorfalls behoben</translation>
    </message>
    <message>
        <source>none in the library</source>
        <translation>keins in der Bibliothek</translation>
    </message>
    <message>
        <source>none in the library (%1)</source>
        <translation>keins in der Bibliothek (%1)</translation>
    </message>
    <message>
        <source>no alerts firing</source>
        <translation>keine Alarme ausgelöst</translation>
    </message>
    <message>
        <source>index DIR…: the runbooks of these folders (default: the app&apos;s library); find ALERT|URL|TEXT: the runbook of an alert name, a runbook_url or words.</source>
        <translation>index DIR…: die Runbooks dieser Ordner (Standard: die Bibliothek der App); find ALERT|URL|TEXT: das Runbook zu einem Alarmnamen, einer runbook_url oder Wörtern.</translation>
    </message>
    <message>
        <source>index or find, please.</source>
        <translation>Bitte index oder find.</translation>
    </message>
    <message>
        <source>No folders given, and none set in the app.</source>
        <translation>Keine Ordner angegeben und in der App keine eingestellt.</translation>
    </message>
    <message>
        <source>%1 runbook(s), %2 alert name(s), %3 unreadable, indexed in %4 ms</source>
        <translation>%1 Runbook(s), %2 Alarmname(n), %3 unlesbar, indiziert in %4 ms</translation>
    </message>
    <message>
        <source>find takes one alert name, URL or text.</source>
        <translation>find nimmt einen Alarmnamen, eine URL oder einen Text.</translation>
    </message>
    <message>
        <source>no library folders: give --library DIR or set them in the app</source>
        <translation>keine Bibliotheksordner: --library DIR angeben oder in der App einstellen</translation>
    </message>
    <message>
        <source>no runbook for &quot;%1&quot; among %2 file(s)</source>
        <translation>kein Runbook für „%1“ unter %2 Datei(en)</translation>
    </message>
    <message>
        <source>no alert with fingerprint %1 is firing (%2 alert(s) are)</source>
        <translation>kein Alarm mit Fingerabdruck %1 ist ausgelöst (%2 Alarm(e) sind es)</translation>
    </message>
    <message>
        <source>%1 alerts&apos; fingerprints start with %2: give more of it</source>
        <translation>Die Fingerabdrücke von %1 Alarmen beginnen mit %2: mehr davon angeben</translation>
    </message>
    <message>
        <source>%1 fired again (since %2)</source>
        <translation>%1 erneut ausgelöst (seit %2)</translation>
    </message>
    <message>
        <source>joined the open incident %1 of this alert</source>
        <translation>dem offenen Vorfall %1 dieses Alarms beigetreten</translation>
    </message>
    <message>
        <source>opened %1 at section %2 (%3)</source>
        <translation>%1 am Abschnitt %2 geöffnet (%3)</translation>
    </message>
    <message>
        <source>Log source replacing the profile&apos;s (file:, datadog:, loki:).</source>
        <translation>Logquelle statt der des Profils (file:, datadog:, loki:).</translation>
    </message>
    <message>
        <source>What &quot;now&quot; is (ISO-8601); windows end here.</source>
        <translation>Was „jetzt“ ist (ISO-8601); Zeitfenster enden hier.</translation>
    </message>
    <message>
        <source>Keep the values with this incident (its metrics over the incident, the rules that breached).</source>
        <translation>Die Werte bei diesem Vorfall festhalten (seine Metriken über den Vorfall, die überschrittenen Regeln).</translation>
    </message>
    <message>
        <source>Also read the http_field metrics, by calling their routes (a cron route runs its job).</source>
        <translation>Auch die http_field-Metriken lesen, durch Aufruf ihrer Routen (eine Cron-Route führt ihren Job aus).</translation>
    </message>
    <message>
        <source>The Markdown runbook.</source>
        <translation>Das Markdown-Runbook.</translation>
    </message>
    <message>
        <source>One runbook, please.</source>
        <translation>Bitte ein Runbook.</translation>
    </message>
    <message>
        <source>--at: cannot read &quot;%1&quot; as a time</source>
        <translation>--at: „%1“ ist als Zeit nicht lesbar</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>warning: the values were not kept with the incident: %1</source>
        <translation>Warnung: Die Werte wurden nicht beim Vorfall festgehalten: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>overall: %1 at %2%3</source>
        <translation>gesamt: %1 um %2%3</translation>
    </message>
    <message>
        <source> (profile %1)</source>
        <translation> (Profil %1)</translation>
    </message>
    <message>
        <source>RUNBOOK.md</source>
        <translation>RUNBOOK.md</translation>
    </message>
    <message>
        <source>The parsed model of a runbook: sections, steps, monitors, metrics, alert rules.</source>
        <translation>Das gelesene Modell eines Runbooks: Abschnitte, Schritte, Monitore, Metriken, Alarmregeln.</translation>
    </message>
    <message>
        <source>FILE:LINE: warning|error: … for a runbook and its wiring, and what the wiring covers.</source>
        <translation>DATEI:ZEILE: warning|error: … für ein Runbook und seine Anbindung, und was die Anbindung abdeckt.</translation>
    </message>
    <message>
        <source>suggest RUNBOOK.md</source>
        <translation>suggest RUNBOOK.md</translation>
    </message>
    <message>
        <source>A draft NAME.wiring.yaml for a runbook, on standard output.</source>
        <translation>Ein Entwurf NAME.wiring.yaml für ein Runbook, auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>The runbook&apos;s alert table judged on live values; exit 0 ok, 1 warning, 2 critical, 3 unknown.</source>
        <translation>Die Alarmtabelle des Runbooks, bewertet an Live-Werten; Exit-Code 0 ok, 1 Warnung, 2 kritisch, 3 unbekannt.</translation>
    </message>
    <message>
        <source>QUERY…</source>
        <translation>ABFRAGE…</translation>
    </message>
    <message>
        <source>Log lines matching a query, counted per time bucket.</source>
        <translation>Log-Zeilen, die zu einer Abfrage passen, gezählt je Zeitabschnitt.</translation>
    </message>
    <message>
        <source>run ID</source>
        <translation>run ID</translation>
    </message>
    <message>
        <source>A bound read-only probe: SQL, HTTP, PromQL, logs, blobs, webhooks, crons.</source>
        <translation>Eine gebundene, nur lesende Prüfung: SQL, HTTP, PromQL, Logs, Blobs, Webhooks, Crons.</translation>
    </message>
    <message>
        <source>list | preview ID | run ID</source>
        <translation>list | preview ID | run ID</translation>
    </message>
    <message>
        <source>Recovery actions: list them, preview what one changes (and its confirmation token), run it.</source>
        <translation>Wiederherstellungsaktionen: auflisten, als Vorschau zeigen, was eine ändert (und ihr Bestätigungstoken), ausführen.</translation>
    </message>
    <message>
        <source>The firing Alertmanager alerts and their runbooks (silences: read-only).</source>
        <translation>Die ausgelösten Alertmanager-Alarme und ihre Runbooks (Stummschaltungen: nur lesend).</translation>
    </message>
    <message>
        <source>index DIR… | find ALERT|URL|TEXT</source>
        <translation>index DIR… | find ALARM|URL|TEXT</translation>
    </message>
    <message>
        <source>Runbook folders indexed, or the runbook of an alert found.</source>
        <translation>Runbook-Ordner indizieren oder das Runbook eines Alarms finden.</translation>
    </message>
    <message>
        <source>new|list|show|watch|step|note|var|copy|set|evidence|resolve|reopen|export|import …</source>
        <translation>new|list|show|watch|step|note|var|copy|set|evidence|resolve|reopen|export|import …</translation>
    </message>
    <message>
        <source>An incident kept: steps, notes, variables, evidence, timeline; exported as notes for a review.</source>
        <translation>Einen Vorfall führen: Schritte, Notizen, Variablen, Nachweise, Zeitleiste; als Notizen für die Nachbetrachtung exportiert.</translation>
    </message>
    <message>
        <source>The demo&apos;s generated logs and database, written to a folder.</source>
        <translation>Die erzeugten Logs und die Datenbank der Demo, in einen Ordner geschrieben.</translation>
    </message>
    <message>
        <source>Loopback Datadog and Loki APIs over a log file.</source>
        <translation>Datadog- und Loki-APIs auf Loopback über einer Log-Datei.</translation>
    </message>
    <message>
        <source>Try &quot;runbook-cli %1 --help&quot; for its options.</source>
        <translation>„runbook-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>%1: no such wiring file</source>
        <translation>%1: keine solche Anbindungsdatei</translation>
    </message>
    <message>
        <source>--profile needs a wiring file (none beside %1)</source>
        <translation>--profile braucht eine Anbindungsdatei (keine neben %1)</translation>
    </message>
    <message>
        <source>%1: no profile &quot;%2&quot; (profiles: %3)</source>
        <translation>%1: kein Profil „%2“ (Profile: %3)</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>Incident store: a file (PATH or sqlite:PATH) or a team store (postgresql://user@host/database).</source>
        <translation>Vorfallspeicher: eine Datei (PFAD oder sqlite:PFAD) oder ein Team-Speicher (postgresql://user@host/datenbank).</translation>
    </message>
    <message>
        <source>Who is acting (default: the OS user).</source>
        <translation>Wer handelt (Standard: der Benutzer des Betriebssystems).</translation>
    </message>
    <message>
        <source>cannot read the incident&apos;s runbook: %1</source>
        <translation>Das Runbook des Vorfalls ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Incident title.</source>
        <translation>Titel des Vorfalls.</translation>
    </message>
    <message>
        <source>pending, done, skipped or n/a.</source>
        <translation>pending, done, skipped oder n/a.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <source>copy: which code block of the step (1 = the first).</source>
        <translation>copy: welcher Codeblock des Schritts (1 = der erste).</translation>
    </message>
    <message>
        <source>Export format: md, html, pdf or json.</source>
        <translation>Exportformat: md, html, pdf oder json.</translation>
    </message>
    <message>
        <source>SEV1 (worst) … SEV4.</source>
        <translation>SEV1 (am schwersten) … SEV4.</translation>
    </message>
    <message>
        <source>investigating, identified, monitoring or resolved.</source>
        <translation>investigating, identified, monitoring oder resolved.</translation>
    </message>
    <message>
        <source>The incident commander.</source>
        <translation>Der Incident Commander.</translation>
    </message>
    <message>
        <source>What happened, in a few sentences.</source>
        <translation>Was passiert ist, in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>Who and what was affected.</source>
        <translation>Wer und was betroffen war.</translation>
    </message>
    <message>
        <source>Why it happened.</source>
        <translation>Warum es passiert ist.</translation>
    </message>
    <message>
        <source>Adds a follow-up item (with --owner and --due).</source>
        <translation>Fügt eine Folgeaufgabe hinzu (mit --owner und --due).</translation>
    </message>
    <message>
        <source>The owner of the follow-ups added.</source>
        <translation>Wer für die hinzugefügten Folgeaufgaben zuständig ist.</translation>
    </message>
    <message>
        <source>The due date of the follow-ups added (YYYY-MM-DD).</source>
        <translation>Das Fälligkeitsdatum der hinzugefügten Folgeaufgaben (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Marks follow-up N done.</source>
        <translation>Markiert Folgeaufgabe N als erledigt.</translation>
    </message>
    <message>
        <source>Marks follow-up N open again.</source>
        <translation>Markiert Folgeaufgabe N wieder als offen.</translation>
    </message>
    <message>
        <source>Removes follow-up N.</source>
        <translation>Entfernt Folgeaufgabe N.</translation>
    </message>
    <message>
        <source>evidence: pin it.</source>
        <translation>evidence: anheften.</translation>
    </message>
    <message>
        <source>evidence: unpin it.</source>
        <translation>evidence: lösen.</translation>
    </message>
    <message>
        <source>evidence: leave it out of the report (it stays in the record).</source>
        <translation>evidence: aus dem Bericht lassen (bleibt in der Aufzeichnung).</translation>
    </message>
    <message>
        <source>evidence: put it back into the report.</source>
        <translation>evidence: wieder in den Bericht aufnehmen.</translation>
    </message>
    <message>
        <source>evidence: mark its step done with it as the evidence.</source>
        <translation>evidence: den Schritt mit diesem Nachweis als erledigt markieren.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Runbook to export against (default: the incident&apos;s).</source>
        <translation>Runbook, gegen das exportiert wird (Standard: das des Vorfalls).</translation>
    </message>
    <message>
        <source>watch: stop after this many seconds (default: until interrupted).</source>
        <translation>watch: nach so vielen Sekunden aufhören (Standard: bis zum Abbruch).</translation>
    </message>
    <message>
        <source>watch: print the timeline so far first.</source>
        <translation>watch: zuerst die bisherige Zeitleiste ausgeben.</translation>
    </message>
    <message>
        <source>new: from the firing alert with this fingerprint (its runbook from the library).</source>
        <translation>new: aus dem ausgelösten Alarm mit diesem Fingerabdruck (sein Runbook aus der Bibliothek).</translation>
    </message>
    <message>
        <source>new --from-alert: the Alertmanager.</source>
        <translation>new --from-alert: der Alertmanager.</translation>
    </message>
    <message>
        <source>new --from-alert: its token reference.</source>
        <translation>new --from-alert: sein Token-Verweis.</translation>
    </message>
    <message>
        <source>new --from-alert: a runbook folder; repeatable.</source>
        <translation>new --from-alert: ein Runbook-Ordner; wiederholbar.</translation>
    </message>
    <message>
        <source>What to do: new, list, show ID, watch ID, step ID STEP, note ID STEP TEXT, var ID NAME VALUE, copy ID STEP, set ID, evidence ID [E], resolve ID, reopen ID, export ID, import FILE.json.</source>
        <translation>Was zu tun ist: new, list, show ID, watch ID, step ID SCHRITT, note ID SCHRITT TEXT, var ID NAME WERT, copy ID SCHRITT, set ID, evidence ID [E], resolve ID, reopen ID, export ID, import DATEI.json.</translation>
    </message>
    <message>
        <source>What to do with an incident?</source>
        <translation>Was soll mit einem Vorfall geschehen?</translation>
    </message>
    <message>
        <source>warning: the incident store %1 is damaged; it is read-only and what follows may be incomplete. Damaged: %2</source>
        <translation>Warnung: Der Vorfallspeicher %1 ist beschädigt; er ist schreibgeschützt, und das Folgende kann unvollständig sein. Beschädigt: %2</translation>
    </message>
    <message>
        <source>usage: runbook-cli incident %1</source>
        <translation>Aufruf: runbook-cli incident %1</translation>
    </message>
    <message>
        <source>new --from-alert FINGERPRINT [--alertmanager URL] [--library DIR]…</source>
        <translation>new --from-alert FINGERABDRUCK [--alertmanager URL] [--library DIR]…</translation>
    </message>
    <message>
        <source>new RUNBOOK.md --title TEXT [--severity SEV]</source>
        <translation>new RUNBOOK.md --title TEXT [--severity SEV]</translation>
    </message>
    <message>
        <source> ID</source>
        <translation> ID</translation>
    </message>
    <message>
        <source>warning: %1; the report lists the recorded steps by id (give --runbook FILE for their text)</source>
        <translation>Warnung: %1; der Bericht listet die festgehaltenen Schritte nach ID (--runbook DATEI für ihren Text angeben)</translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (known: md, html, pdf, json)</source>
        <translation>unbekanntes Exportformat „%1“ (bekannt: md, html, pdf, json)</translation>
    </message>
    <message>
        <source>a PDF needs --out FILE</source>
        <translation>ein PDF braucht --out DATEI</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>import FILE.json</source>
        <translation>import DATEI.json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: larger than 256 MiB, not an exported incident</source>
        <translation>%1: größer als 256 MiB, kein exportierter Vorfall</translation>
    </message>
    <message>
        <source>usage: runbook-cli incident evidence ID [E1 --pin|--unpin|--exclude|--include|--mark-done]</source>
        <translation>Aufruf: runbook-cli incident evidence ID [E1 --pin|--unpin|--exclude|--include|--mark-done]</translation>
    </message>
    <message>
        <source>incident %1 has no evidence %2</source>
        <translation>Vorfall %1 hat keinen Nachweis %2</translation>
    </message>
    <message>
        <source>conflicting options</source>
        <translation>widersprüchliche Optionen</translation>
    </message>
    <message>
        <source>nothing to do: give --pin, --unpin, --exclude, --include or --mark-done</source>
        <translation>nichts zu tun: --pin, --unpin, --exclude, --include oder --mark-done angeben</translation>
    </message>
    <message>
        <source>step ID STEP_ID [--state STATE] [--note TEXT]</source>
        <translation>step ID SCHRITT_ID [--state ZUSTAND] [--note TEXT]</translation>
    </message>
    <message>
        <source>nothing to do: give --state and/or --note</source>
        <translation>nichts zu tun: --state und/oder --note angeben</translation>
    </message>
    <message>
        <source>the runbook has no step &quot;%1&quot; (see runbook-cli inspect %2)</source>
        <translation>Das Runbook hat keinen Schritt „%1“ (siehe runbook-cli inspect %2)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (pending, done, skipped, n/a)</source>
        <translation>unbekannter Zustand „%1“ (pending, done, skipped, n/a)</translation>
    </message>
    <message>
        <source>note ID TEXT</source>
        <translation>note ID TEXT</translation>
    </message>
    <message>
        <source>var ID NAME=VALUE</source>
        <translation>var ID NAME=WERT</translation>
    </message>
    <message>
        <source>var: expected NAME=VALUE, got &quot;%1&quot;</source>
        <translation>var: NAME=WERT erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>copy ID STEP_ID [--block N]</source>
        <translation>copy ID SCHRITT_ID [--block N]</translation>
    </message>
    <message>
        <source>%1 has no step %2</source>
        <translation>%1 hat keinen Schritt %2</translation>
    </message>
    <message>
        <source>%1 has %2 code block(s)</source>
        <translation>%1 hat %2 Codeblock/-blöcke</translation>
    </message>
    <message>
        <source>watch ID [--for SECONDS] [--from-start] [--json]</source>
        <translation>watch ID [--for SEKUNDEN] [--from-start] [--json]</translation>
    </message>
    <message>
        <source>--for: &quot;%1&quot; is not a number of seconds</source>
        <translation>--for: „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>runbook-cli incident: unknown subcommand &quot;%1&quot;</source>
        <translation>runbook-cli incident: unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>usage: runbook-cli incident set ID [--severity SEV1…SEV4] [--status investigating|identified|monitoring|resolved] [--commander NAME] [--summary TEXT] [--impact TEXT] [--root-cause TEXT] [--followup TEXT [--owner NAME] [--due YYYY-MM-DD]] [--followup-done N] [--followup-reopen N] [--followup-remove N]</source>
        <translation>Aufruf: runbook-cli incident set ID [--severity SEV1…SEV4] [--status investigating|identified|monitoring|resolved] [--commander NAME] [--summary TEXT] [--impact TEXT] [--root-cause TEXT] [--followup TEXT [--owner NAME] [--due JJJJ-MM-TT]] [--followup-done N] [--followup-reopen N] [--followup-remove N]</translation>
    </message>
    <message>
        <source>--severity: &quot;%1&quot; is not SEV1, SEV2, SEV3 or SEV4</source>
        <translation>--severity: „%1“ ist nicht SEV1, SEV2, SEV3 oder SEV4</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not one of %2</source>
        <translation>--status: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>--due: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--due: „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>--owner and --due belong to a --followup</source>
        <translation>--owner und --due gehören zu einem --followup</translation>
    </message>
    <message>
        <source>--followup: a follow-up needs a text</source>
        <translation>--followup: eine Folgeaufgabe braucht einen Text</translation>
    </message>
    <message>
        <source>incident %1 has no follow-up %2</source>
        <translation>Vorfall %1 hat keine Folgeaufgabe %2</translation>
    </message>
    <message>
        <source>nothing to do: give --severity, --status, --commander, --summary, --impact, --root-cause or a --followup option</source>
        <translation>nichts zu tun: --severity, --status, --commander, --summary, --impact, --root-cause oder eine --followup-Option angeben</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>Folgeaufgabe %1</translation>
    </message>
    <message>
        <source>the store answers again</source>
        <translation>der Speicher antwortet wieder</translation>
    </message>
    <message>
        <source>watching incident %1: its changes follow as they happen</source>
        <translation>Vorfall %1 wird beobachtet: seine Änderungen folgen, sobald sie geschehen</translation>
    </message>
    <message>
        <source>Print the parsed model as JSON.</source>
        <translation>Das gelesene Modell als JSON ausgeben.</translation>
    </message>
    <message>
        <source>
%1 sections, %2 steps, %3 monitors, %4 metrics, %5 thresholds, %6 queries</source>
        <translation>
%1 Abschnitte, %2 Schritte, %3 Monitore, %4 Metriken, %5 Schwellwerte, %6 Abfragen</translation>
    </message>
    <message>
        <source>profile %1%2: %3 connectors, %4 coming</source>
        <translation>Profil %1%2: %3 Connectors, %4 kommen noch</translation>
    </message>
    <message>
        <source> (protected)</source>
        <translation> (geschützt)</translation>
    </message>
    <message>
        <source>A draft wiring for the runbook, on standard output (&gt; RUNBOOK.wiring.yaml).</source>
        <translation>Ein Entwurf der Anbindung für das Runbook, auf der Standardausgabe (&gt; RUNBOOK.wiring.yaml).</translation>
    </message>
    <message>
        <source>Output directory.</source>
        <translation>Ausgabeordner.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Zufalls-Startwert.</translation>
    </message>
    <message>
        <source>Days of history.</source>
        <translation>Tage Verlauf.</translation>
    </message>
    <message>
        <source>Time of the last line (default: now).</source>
        <translation>Zeit der letzten Zeile (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Grow background traffic to about this many bytes.</source>
        <translation>Den Hintergrundverkehr auf etwa so viele Bytes wachsen lassen.</translation>
    </message>
    <message>
        <source>--out DIR is needed.</source>
        <translation>--out DIR ist nötig.</translation>
    </message>
    <message>
        <source>--seed must be a number</source>
        <translation>--seed muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--days must be a number</source>
        <translation>--days muss eine Zahl sein</translation>
    </message>
    <message>
        <source>--end: cannot read &quot;%1&quot; as a time</source>
        <translation>--end: „%1“ ist als Zeit nicht lesbar</translation>
    </message>
    <message>
        <source>--size: cannot read &quot;%1&quot;</source>
        <translation>--size: „%1“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>wrote %1: %2 lines, %3 bytes, %4 … %5</source>
        <translation>%1 geschrieben: %2 Zeilen, %3 Bytes, %4 … %5</translation>
    </message>
    <message>
        <source>file:PATH, datadog:BASE_URL or loki:BASE_URL.</source>
        <translation>file:PFAD, datadog:BASIS_URL oder loki:BASIS_URL.</translation>
    </message>
    <message>
        <source>Window start (ISO-8601 or now-24h).</source>
        <translation>Beginn des Zeitfensters (ISO-8601 oder now-24h).</translation>
    </message>
    <message>
        <source>Window end, exclusive.</source>
        <translation>Ende des Zeitfensters, ausschließlich.</translation>
    </message>
    <message>
        <source>Bucket size (1h, 15m, 1d).</source>
        <translation>Abschnittsgröße (1h, 15m, 1d).</translation>
    </message>
    <message>
        <source>Sample events per query.</source>
        <translation>Beispielereignisse je Abfrage.</translation>
    </message>
    <message>
        <source>Loki stream selector.</source>
        <translation>Loki-Stream-Selektor.</translation>
    </message>
    <message>
        <source>A runbook log pattern (exact; X is a number).</source>
        <translation>Ein Log-Muster des Runbooks (exakt; X ist eine Zahl).</translation>
    </message>
    <message>
        <source>Add every log pattern and named query of a runbook.</source>
        <translation>Jedes Log-Muster und jede benannte Abfrage eines Runbooks hinzufügen.</translation>
    </message>
    <message>
        <source>What &quot;now&quot; is (ISO-8601).</source>
        <translation>Was „jetzt“ ist (ISO-8601).</translation>
    </message>
    <message>
        <source>Datadog-syntax queries.</source>
        <translation>Abfragen in Datadog-Syntax.</translation>
    </message>
    <message>
        <source>--source SPEC or --runbook R is needed.</source>
        <translation>--source SPEC oder --runbook R ist nötig.</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translation>Die Zeit „%1“ ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot read the bucket size &quot;%1&quot; (e.g. 1h, 15m, 1d)</source>
        <translation>Die Abschnittsgröße „%1“ ist nicht lesbar (z. B. 1h, 15m, 1d)</translation>
    </message>
    <message>
        <source>the window is empty: --to must be after --from</source>
        <translation>Das Zeitfenster ist leer: --to muss nach --from liegen</translation>
    </message>
    <message>
        <source>too many buckets (%1); choose a larger --bucket</source>
        <translation>zu viele Abschnitte (%1); ein größeres --bucket wählen</translation>
    </message>
    <message>
        <source>query &quot;%1&quot;: %2</source>
        <translation>Abfrage „%1“: %2</translation>
    </message>
    <message>
        <source>%1:%2: query &quot;%3&quot;: %4</source>
        <translation>%1:%2: Abfrage „%3“: %4</translation>
    </message>
    <message>
        <source>no query given</source>
        <translation>keine Abfrage angegeben</translation>
    </message>
    <message>
        <source>no --source, and no wiring profile to take the log source from</source>
        <translation>kein --source und kein Anbindungsprofil, aus dem die Logquelle käme</translation>
    </message>
    <message>
        <source>scanned %1, skipped %2%3</source>
        <translation>%1 durchsucht, %2 übersprungen%3</translation>
    </message>
    <message>
        <source>, PARTIAL</source>
        <translation>, TEILWEISE</translation>
    </message>
    <message>
        <source>skipped: </source>
        <translation>übersprungen: </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>NDJSON log file to serve.</source>
        <translation>NDJSON-Log-Datei, die bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein freier).</translation>
    </message>
    <message>
        <source>The app&apos;s SQLite database the cron routes read.</source>
        <translation>Die SQLite-Datenbank der App, die die Cron-Routen lesen.</translation>
    </message>
    <message>
        <source>--logs FILE is needed.</source>
        <translation>--logs DATEI ist nötig.</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden</translation>
    </message>
    <message>
        <source>serving %1 events on %2 (Datadog: datadog:%2, Loki: loki:%2)</source>
        <translation>%1 Ereignisse werden auf %2 bereitgestellt (Datadog: datadog:%2, Loki: loki:%2)</translation>
    </message>
    <message>
        <source>Runbook Assistant for scripts: everything the window does, headless.</source>
        <translation>Runbook-Assistent für Skripte: alles, was das Fenster kann, ohne Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&quot;runbook-cli COMMAND --help&quot; lists a command&apos;s options. The incident store is the window&apos;s unless --store names one.</source>
        <translation>„runbook-cli BEFEHL --help“ zeigt die Optionen eines Befehls. Der Vorfallspeicher ist der des Fensters, außer --store nennt einen anderen.</translation>
    </message>
    <message>
        <source>The command to run, then its arguments.</source>
        <translation>Der auszuführende Befehl, dann seine Argumente.</translation>
    </message>
    <message>
        <source>runbook-cli: unknown command &quot;%1&quot;</source>
        <translation>runbook-cli: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--out DIR</source>
        <translation>--out ORDNER</translation>
    </message>
    <message>
        <source>--logs FILE</source>
        <translation>--logs DATEI</translation>
    </message>
</context>
<context>
    <name>DatadogLogSource</name>
    <message>
        <source>Datadog aggregate: malformed reply (%1 at offset %2)</source>
        <translation>Datadog-Aggregation: fehlerhafte Antwort (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>Datadog timed out computing &quot;%1&quot;; its count is partial</source>
        <translation>Datadog hat bei der Berechnung von „%1“ die Zeit überschritten; die Zahl ist unvollständig</translation>
    </message>
    <message>
        <source>Datadog search: malformed reply (%1 at offset %2)</source>
        <translation>Datadog-Suche: fehlerhafte Antwort (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only the most recent events were read for the extracted number</source>
        <translation>„%1“: Für die ausgelesene Zahl wurden nur die jüngsten Ereignisse gelesen</translation>
    </message>
    <message>
        <source>Datadog needs an API key and an application key: api_key and app_key in the wiring&apos;s connector, or DD_API_KEY and DD_APP_KEY for a source given as datadog:URL</source>
        <translation>Datadog braucht einen API-Schlüssel und einen Anwendungsschlüssel: api_key und app_key im Connector der Anbindung, oder DD_API_KEY und DD_APP_KEY für eine als datadog:URL angegebene Quelle</translation>
    </message>
</context>
<context>
    <name>DatadogQueryWriter</name>
    <message>
        <source>Datadog cannot search &apos;[&apos; or &apos;]&apos; inside a message: &quot;%1&quot; is matched on its words there; fetched events are filtered exactly.</source>
        <translation>Datadog kann in einer Nachricht nicht nach „[“ oder „]“ suchen: „%1“ wird dort nach seinen Wörtern gefunden; abgerufene Ereignisse werden exakt gefiltert.</translation>
    </message>
</context>
<context>
    <name>EndpointCheck</name>
    <message>
        <source>%n webhook endpoint(s)</source>
        <translation>%n Webhook-Endpunkt(e)</translation>
    </message>
    <message>
        <source>webhook route: HTTP %1 · median %2 ms · worst %3 ms over %4 tries · %5 the %6 ms timeout</source>
        <translation>Webhook-Route: HTTP %1 · Median %2 ms · schlechtester %3 ms in %4 Versuchen · %5 der Zeitgrenze von %6 ms</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>OVER</source>
        <translation>ÜBER</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Leave Out of Report</source>
        <translation>Nicht in den Bericht</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Zeigen…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pinned snapshots come first under the step, here and in the report</source>
        <translation>Angeheftete Momentaufnahmen stehen zuerst beim Schritt, hier und im Bericht</translation>
    </message>
    <message>
        <source>Take it out of the report, or put it back; the record keeps it either way</source>
        <translation>Aus dem Bericht nehmen oder wieder hinein; die Akte behält sie in jedem Fall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (%1) — kept with the step while the incident is open</source>
        <translation>&lt;b&gt;Nachweise&lt;/b&gt; (%1) — beim Schritt behalten, solange der Vorfall offen ist</translation>
    </message>
    <message>
        <source> · pinned</source>
        <translation> · angeheftet</translation>
    </message>
    <message>
        <source> · not in report</source>
        <translation> · nicht im Bericht</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Put Back in Report</source>
        <translation>Wieder in den Bericht</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>connector %1</source>
        <translation>Connector %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 von %4</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) were not kept.</source>
        <translation>
            <numerusform>%n weitere Zeile wurde nicht behalten.</numerusform>
            <numerusform>%n weitere Zeilen wurden nicht behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: calling %1 needs the token of its preview — %2</source>
        <translation>abgelehnt: Der Aufruf von %1 braucht das Token seiner Vorschau — %2</translation>
    </message>
</context>
<context>
    <name>HttpRequester</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation>%1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation>%1: sichere Verbindung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation>%1: HTTP %2%3</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2 MB; it was not read</source>
        <translation>%1: Die Antwort ist größer als %2 MB; sie wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>%1 — outcome unknown: no outcome was recorded</source>
        <translation>%1 — Ausgang unbekannt: kein Ausgang festgehalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident id</source>
        <translation>„%1“ ist keine Vorfall-ID</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (%2)</source>
        <translation>unbekannter Status „%1“ (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not SEV1 … SEV4</source>
        <translation>„%1“ ist nicht SEV1 … SEV4</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot; (pending, done, skipped, n/a)</source>
        <translation>unbekannter Zustand „%1“ (pending, done, skipped, n/a)</translation>
    </message>
    <message>
        <source>step %1 is listed twice</source>
        <translation>Schritt %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>evidence %1 is listed twice</source>
        <translation>Nachweis %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected a number from 1</source>
        <translation>eine Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>follow-up %1 is listed twice</source>
        <translation>Folgeaufgabe %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <source>change.%1: expected a string</source>
        <translation>change.%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>change.id: expected a change id</source>
        <translation>change.id: Änderungs-ID erwartet</translation>
    </message>
    <message>
        <source>change.kind: &quot;%1&quot; is not a kind of change</source>
        <translation>change.kind: „%1“ ist keine Art von Änderung</translation>
    </message>
    <message>
        <source>change.at: expected an ISO-8601 time</source>
        <translation>change.at: ISO-8601-Zeit erwartet</translation>
    </message>
    <message>
        <source>change.args: expected an object</source>
        <translation>change.args: Objekt erwartet</translation>
    </message>
    <message>
        <source>change.base.%1: expected a number</source>
        <translation>change.base.%1: Zahl erwartet</translation>
    </message>
</context>
<context>
    <name>IncidentController</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the incident to %1</source>
        <translation>Vorfall nach %1 exportiert</translation>
    </message>
    <message>
        <source>Opened as %1, as the alert rules suggest; change it in the Incident Record tab.</source>
        <translation>Als %1 eröffnet, wie die Alarmregeln nahelegen; im Reiter „Vorfallakte“ änderbar.</translation>
    </message>
    <message>
        <source>Exporting the incident to %1…</source>
        <translation>Exportiere den Vorfall nach %1…</translation>
    </message>
</context>
<context>
    <name>IncidentPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>SEV1 is the worst. Suggested from the breaching rules when the incident was opened.</source>
        <translation>SEV1 ist am schwersten. Beim Eröffnen aus den verletzten Regeln vorgeschlagen.</translation>
    </message>
    <message>
        <source>who leads the response</source>
        <translation>wer die Reaktion leitet</translation>
    </message>
    <message>
        <source>What happened, in a few sentences</source>
        <translation>Was geschah, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>Who and what was affected, for how long</source>
        <translation>Wer und was betroffen war, wie lange</translation>
    </message>
    <message>
        <source>Why it happened</source>
        <translation>Warum es geschah</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>A follow-up item, then Enter</source>
        <translation>Eine Folgeaufgabe, dann Enter</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>zuständig</translation>
    </message>
    <message>
        <source>due YYYY-MM-DD</source>
        <translation>fällig JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Commander:</source>
        <translation>Leitung:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Auswirkung:</translation>
    </message>
    <message>
        <source>Root cause:</source>
        <translation>Ursache:</translation>
    </message>
    <message>
        <source>Not a date: YYYY-MM-DD</source>
        <translation>Kein Datum: JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>No incident: start one to keep its record.</source>
        <translation>Kein Vorfall: eröffnen Sie einen, um seine Akte zu führen.</translation>
    </message>
    <message>
        <source>Detected %1 · first action %2 · mitigated %3 · resolved %4</source>
        <translation>Erkannt %1 · erste Maßnahme %2 · eingedämmt %3 · behoben %4</translation>
    </message>
    <message>
        <source>Participants: nobody yet</source>
        <translation>Beteiligt: noch niemand</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Beteiligt: %1</translation>
    </message>
    <message>
        <source>Not a date: YYYY-MM-DD. The follow-up keeps its recorded due date until this is corrected.</source>
        <translation>Kein Datum: JJJJ-MM-TT. Die Folgeaufgabe behält ihr festgehaltenes Fälligkeitsdatum, bis das korrigiert ist.</translation>
    </message>
    <message>
        <source>• “%1” (was %2) — %3</source>
        <translation>• „%1“ (war %2) — %3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>; note: %1</source>
        <translation>; Notiz: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n recorded step(s) no longer in the runbook (kept in the record and the export):</source>
        <translation>
            <numerusform>⚠ %n festgehaltener Schritt steht nicht mehr im Runbook (bleibt in der Aufzeichnung und im Export):</numerusform>
            <numerusform>⚠ %n festgehaltene Schritte stehen nicht mehr im Runbook (bleiben in der Aufzeichnung und im Export):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Evidence %1%2 — %3 %4</source>
        <translation>Nachweis %1%2 — %3 %4</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (angeheftet)</translation>
    </message>
    <message>
        <source>connector %1</source>
        <translation>Connector %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>, %1 by %2: %3</source>
        <translation>, %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) not kept</source>
        <translation>
            <numerusform>%n weitere Zeile nicht behalten</numerusform>
            <numerusform>%n weitere Zeilen nicht behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>the window</source>
        <translation>das Zeitfenster</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation>%1 (%2, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>the runbook has changed since this incident was opened (now %1)</source>
        <translation>Das Runbook hat sich geändert, seit dieser Vorfall eröffnet wurde (jetzt %1)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 skipped, %4 not applicable</source>
        <translation>%1 von %2 Schritten erledigt, %3 übersprungen, %4 entfallen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>No summary yet.</source>
        <translation>Noch keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>No impact recorded.</source>
        <translation>Keine Auswirkung festgehalten.</translation>
    </message>
    <message>
        <source>Severity and status</source>
        <translation>Schweregrad und Status</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>First action</source>
        <translation>Erste Aktion</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Time to first action</source>
        <translation>Zeit bis zur ersten Aktion</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Eindämmung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Timeline (UTC)</source>
        <translation>Zeitleiste (UTC)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>No rule breached while the incident was open.</source>
        <translation>Keine Regel wurde überschritten, solange der Vorfall offen war.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlimmster</translation>
    </message>
    <message>
        <source>First breach</source>
        <translation>Erste Überschreitung</translation>
    </message>
    <message>
        <source>Value then</source>
        <translation>Wert damals</translation>
    </message>
    <message>
        <source>Worst value</source>
        <translation>Schlimmster Wert</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source> — %1 by %2 at %3</source>
        <translation> — %1 von %2 um %3</translation>
    </message>
    <message>
        <source> (evidence %1)</source>
        <translation> (Nachweis %1)</translation>
    </message>
    <message>
        <source>⚠ the step&apos;s text changed since this was recorded</source>
        <translation>⚠ Der Text des Schritts hat sich seit der Aufzeichnung geändert</translation>
    </message>
    <message>
        <source>Steps no longer in the runbook</source>
        <translation>Schritte, die nicht mehr im Runbook stehen</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Ergriffene Aktionen</translation>
    </message>
    <message>
        <source>No action was run.</source>
        <translation>Keine Aktion wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>No root cause recorded yet.</source>
        <translation>Noch keine Grundursache festgehalten.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Folgeaufgaben</translation>
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation>Keine Folgeaufgaben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Folgeaufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Metrics over the incident</source>
        <translation>Metriken über den Vorfall</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Incident notes made by Runbook Assistant at %1.</source>
        <translation>Vorfallnotizen, erstellt vom Runbook-Assistenten am %1.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object (an incident exported with --format json)</source>
        <translation>JSON-Objekt erwartet (ein mit --format json exportierter Vorfall)</translation>
    </message>
    <message>
        <source>format: expected &quot;%1&quot; (an incident exported with --format json)</source>
        <translation>format: „%1“ erwartet (ein mit --format json exportierter Vorfall)</translation>
    </message>
    <message>
        <source>version: expected a number</source>
        <translation>version: Zahl erwartet</translation>
    </message>
    <message>
        <source>version: %1 was written by a newer version (this program reads up to %2)</source>
        <translation>version: %1 wurde von einer neueren Version geschrieben (dieses Programm liest bis %2)</translation>
    </message>
    <message>
        <source>version: %1 is not a version of this format</source>
        <translation>version: %1 ist keine Version dieses Formats</translation>
    </message>
    <message>
        <source>incident: missing</source>
        <translation>incident: fehlt</translation>
    </message>
    <message>
        <source>_Incident notes made by Runbook Assistant at %1._
</source>
        <translation>_Vorfallnotizen, erstellt vom Runbook-Assistenten am %1._
</translation>
    </message>
    <message>
        <source>Recorded steps (the runbook could not be read)</source>
        <translation>Festgehaltene Schritte (das Runbook war nicht lesbar)</translation>
    </message>
    <message>
        <source>Incomplete record</source>
        <translation>Unvollständige Aufzeichnung</translation>
    </message>
    <message>
        <source>The incident store is damaged: this report holds what could be read. Missing or incomplete: %1.</source>
        <translation>Der Vorfallspeicher ist beschädigt: Dieser Bericht enthält, was lesbar war. Fehlend oder unvollständig: %1.</translation>
    </message>
    <message>
        <source>⚠ the step&apos;s text changed since this was recorded; it read: %1</source>
        <translation>⚠ Der Text des Schritts hat sich seit der Aufzeichnung geändert; er lautete: %1</translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation>%1 (war %2)</translation>
    </message>
    <message>
        <source>%1 (was `%2`)</source>
        <translation>%1 (war `%2`)</translation>
    </message>
</context>
<context>
    <name>IncidentSession</name>
    <message>
        <source>The incident store %1 is read-only: incidents can be read but not changed.</source>
        <translation>Der Vorfallspeicher %1 ist schreibgeschützt: Vorfälle können gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>No incident store is available.</source>
        <translation>Kein Vorfallspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>no incident store is available.</source>
        <translation>kein Vorfallspeicher verfügbar.</translation>
    </message>
    <message>
        <source>no incident store is open</source>
        <translation>kein Vorfallspeicher geöffnet</translation>
    </message>
    <message>
        <source>no incident is open</source>
        <translation>kein Vorfall ist offen</translation>
    </message>
    <message>
        <source>A change was not applied: %1</source>
        <translation>Eine Änderung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened</source>
        <translation>Vorfall „%1“ eröffnet</translation>
    </message>
    <message>
        <source>the change journal is not open</source>
        <translation>das Änderungsjournal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The change could not be kept: %1</source>
        <translation>Die Änderung konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>The incident store %1 is damaged (%2): incidents can be read, not changed, and what is shown may be incomplete. Export them and continue in a new store.</source>
        <translation>Der Vorfallspeicher %1 ist beschädigt (%2): Vorfälle können gelesen, aber nicht geändert werden, und das Gezeigte kann unvollständig sein. Exportieren Sie sie und machen Sie in einem neuen Speicher weiter.</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>%1: the incident store %2 is locked by another program; try again in a moment (%3)</source>
        <translation>%1: Der Vorfallspeicher %2 ist von einem anderen Programm gesperrt; bitte gleich erneut versuchen (%3)</translation>
    </message>
    <message>
        <source>%1: the incident store %2 is damaged (%3); it was left untouched</source>
        <translation>%1: Der Vorfallspeicher %2 ist beschädigt (%3); er wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1: the incident store %2 is read-only</source>
        <translation>%1: Der Vorfallspeicher %2 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the incident store %1 is not a file</source>
        <translation>Der Vorfallspeicher %1 ist keine Datei</translation>
    </message>
    <message>
        <source>the incident store %1 does not exist</source>
        <translation>Der Vorfallspeicher %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder for the incident store %1</source>
        <translation>Der Ordner für den Vorfallspeicher %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the incident store</source>
        <translation>Der Vorfallspeicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the incident store</source>
        <translation>Der Vorfallspeicher ist nicht lesbar</translation>
    </message>
    <message>
        <source>the incident store %1 was written by a newer version (schema %2, this program knows %3); it was left untouched</source>
        <translation>Der Vorfallspeicher %1 wurde von einer neueren Version geschrieben (Schema %2, dieses Programm kennt %3); er blieb unberührt</translation>
    </message>
    <message>
        <source>the incident store %1 is read-only and needs an upgrade; it was left untouched</source>
        <translation>Der Vorfallspeicher %1 ist schreibgeschützt und braucht eine Aktualisierung; er blieb unberührt</translation>
    </message>
    <message>
        <source>cannot prepare the incident store</source>
        <translation>Der Vorfallspeicher kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot upgrade the incident store</source>
        <translation>Der Vorfallspeicher kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot upgrade the incident store to schema %1</source>
        <translation>Der Vorfallspeicher kann nicht auf Schema %1 aktualisiert werden</translation>
    </message>
    <message>
        <source>no incident store is open</source>
        <translation>kein Vorfallspeicher geöffnet</translation>
    </message>
    <message>
        <source>the incident store %1 is read-only; the change was not recorded</source>
        <translation>Der Vorfallspeicher %1 ist schreibgeschützt; die Änderung wurde nicht erfasst</translation>
    </message>
    <message>
        <source>cannot record the change</source>
        <translation>Änderung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>no incident with id %1</source>
        <translation>kein Vorfall mit der ID %1</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>cannot create the incident</source>
        <translation>Der Vorfall kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened on runbook &quot;%2&quot;</source>
        <translation>Vorfall „%1“ zum Runbook „%2“ eröffnet</translation>
    </message>
    <message>
        <source>cannot list incidents</source>
        <translation>Vorfälle können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read incidents</source>
        <translation>Vorfälle sind nicht lesbar</translation>
    </message>
    <message>
        <source>incident id %1 is ambiguous (%2, …)</source>
        <translation>Vorfall-ID %1 ist mehrdeutig (%2, …)</translation>
    </message>
    <message>
        <source>cannot read the incident</source>
        <translation>Der Vorfall ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot record the step</source>
        <translation>Der Schritt kann nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Step %1 marked %2</source>
        <translation>Schritt %1 als %2 markiert</translation>
    </message>
    <message>
        <source>cannot record the note</source>
        <translation>Die Notiz kann nicht festgehalten werden</translation>
    </message>
    <message>
        <source>Note on step %1 cleared</source>
        <translation>Notiz zu Schritt %1 gelöscht</translation>
    </message>
    <message>
        <source>Note on step %1: %2</source>
        <translation>Notiz zu Schritt %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>cannot change the incident&apos;s status</source>
        <translation>Der Status des Vorfalls kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Incident resolved</source>
        <translation>Vorfall gelöst</translation>
    </message>
    <message>
        <source>cannot rename the incident</source>
        <translation>Der Vorfall kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;</source>
        <translation>Umbenannt in „%1“</translation>
    </message>
    <message>
        <source>cannot record the metrics</source>
        <translation>Die Metriken können nicht festgehalten werden</translation>
    </message>
    <message>
        <source>About to run %1 with %2</source>
        <translation>%1 wird ausgeführt mit %2</translation>
    </message>
    <message>
        <source>%1 finished in %2 ms: %3</source>
        <translation>%1 fertig nach %2 ms: %3</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation>%1 ging von %2 auf %3</translation>
    </message>
    <message>
        <source>Refused to run %1: %2</source>
        <translation>Ausführung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name (A–Z, 0–9 and _, starting with a letter)</source>
        <translation>„%1“ ist kein Variablenname (A–Z, 0–9 und _, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>the value of %1 is too long (%2 characters; at most 4096)</source>
        <translation>Der Wert von %1 ist zu lang (%2 Zeichen; höchstens 4096)</translation>
    </message>
    <message>
        <source>cannot set the variable</source>
        <translation>Die Variable kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 geleert</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a severity (SEV1, SEV2, SEV3 or SEV4)</source>
        <translation>„%1“ ist kein Schweregrad (SEV1, SEV2, SEV3 oder SEV4)</translation>
    </message>
    <message>
        <source>the text is too long (%1 characters; at most 100000)</source>
        <translation>Der Text ist zu lang (%1 Zeichen; höchstens 100000)</translation>
    </message>
    <message>
        <source>cannot change the incident</source>
        <translation>Der Vorfall kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Severity cleared</source>
        <translation>Schweregrad geleert</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>No incident commander</source>
        <translation>Kein Incident Commander</translation>
    </message>
    <message>
        <source>Incident commander: %1</source>
        <translation>Incident Commander: %1</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Grundursache: %1</translation>
    </message>
    <message>
        <source>a follow-up needs a text</source>
        <translation>Eine Folgeaufgabe braucht einen Text</translation>
    </message>
    <message>
        <source>cannot add the follow-up</source>
        <translation>Die Folgeaufgabe kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Follow-up %1 added: %2</source>
        <translation>Folgeaufgabe %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source> (owner %1)</source>
        <translation> (zuständig: %1)</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <source>the incident has no follow-up %1</source>
        <translation>Der Vorfall hat keine Folgeaufgabe %1</translation>
    </message>
    <message>
        <source>cannot change the follow-up</source>
        <translation>Die Folgeaufgabe kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Follow-up %1 done: %2</source>
        <translation>Folgeaufgabe %1 erledigt: %2</translation>
    </message>
    <message>
        <source>Follow-up %1 reopened: %2</source>
        <translation>Folgeaufgabe %1 wieder offen: %2</translation>
    </message>
    <message>
        <source>Follow-up %1 changed: %2</source>
        <translation>Folgeaufgabe %1 geändert: %2</translation>
    </message>
    <message>
        <source>cannot remove the follow-up</source>
        <translation>Die Folgeaufgabe kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Follow-up %1 removed</source>
        <translation>Folgeaufgabe %1 entfernt</translation>
    </message>
    <message>
        <source>cannot attach the evidence</source>
        <translation>Der Nachweis kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>Evidence %1 (%2 %3): %4</source>
        <translation>Nachweis %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>the incident has no evidence %1</source>
        <translation>Der Vorfall hat keinen Nachweis %1</translation>
    </message>
    <message>
        <source>cannot change the evidence</source>
        <translation>Der Nachweis kann nicht geändert werden</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>unpinned</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>back in the report</source>
        <translation>wieder im Bericht</translation>
    </message>
    <message>
        <source>left out of the report (kept in the record)</source>
        <translation>aus dem Bericht gelassen (bleibt in der Aufzeichnung)</translation>
    </message>
    <message>
        <source>Evidence E%1 %2</source>
        <translation>Nachweis E%1 %2</translation>
    </message>
    <message>
        <source>the step %1 has no evidence %2</source>
        <translation>Der Schritt %1 hat keinen Nachweis %2</translation>
    </message>
    <message>
        <source>Step %1 marked done — evidence E%2: %3</source>
        <translation>Schritt %1 als erledigt markiert — Nachweis E%2: %3</translation>
    </message>
    <message>
        <source>cannot import the incident</source>
        <translation>Der Vorfall kann nicht importiert werden</translation>
    </message>
    <message>
        <source>the store already holds an incident %1; nothing was imported</source>
        <translation>Der Speicher enthält schon einen Vorfall %1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>name another incident commander</source>
        <translation>einen anderen Incident Commander benennen</translation>
    </message>
    <message>
        <source>%1: the team store %2 cannot be reached (%3)</source>
        <translation>%1: Der Team-Speicher %2 ist nicht erreichbar (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident id</source>
        <translation>„%1“ ist keine Vorfall-ID</translation>
    </message>
    <message>
        <source>Incident &quot;%1&quot; opened</source>
        <translation>Vorfall „%1“ eröffnet</translation>
    </message>
    <message>
        <source>resolve the incident</source>
        <translation>den Vorfall abschließen</translation>
    </message>
    <message>
        <source>the note on step %1</source>
        <translation>die Notiz zu Schritt %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation>Folgeaufgabe %1</translation>
    </message>
    <message>
        <source>this build cannot reach a PostgreSQL store: Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is missing</source>
        <translation>Diese Version erreicht keinen PostgreSQL-Speicher: Qts PostgreSQL-Treiber (QPSQL, Paket libqt6sql6-psql) fehlt</translation>
    </message>
    <message>
        <source>the incident store&apos;s password</source>
        <translation>das Passwort des Vorfallspeichers</translation>
    </message>
    <message>
        <source>cannot read the incident store&apos;s password from the keychain: %1</source>
        <translation>Das Passwort des Vorfallspeichers ist im Schlüsselbund nicht lesbar: %1</translation>
    </message>
    <message>
        <source>cannot open the team store %1</source>
        <translation>Der Team-Speicher %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot prepare the team store %1</source>
        <translation>Der Team-Speicher %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot read the team store %1</source>
        <translation>Der Team-Speicher %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>the team store %1 was written by a newer version (schema %2, this program knows %3); it was left untouched</source>
        <translation>Der Team-Speicher %1 wurde von einer neueren Version geschrieben (Schema %2, dieses Programm kennt %3); er blieb unberührt</translation>
    </message>
    <message>
        <source>the team store %1 is opened read-only and needs an upgrade; it was left untouched</source>
        <translation>Der Team-Speicher %1 ist schreibgeschützt geöffnet und braucht eine Aktualisierung; er blieb unberührt</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile</source>
        <translation>%1 wurde inzwischen von %2 geändert</translation>
    </message>
    <message>
        <source>only the incident commander (%1) can %2; %3 cannot</source>
        <translation>Nur der Incident Commander (%1) kann %2; %3 kann es nicht</translation>
    </message>
    <message>
        <source>cannot share the change</source>
        <translation>Die Änderung kann nicht geteilt werden</translation>
    </message>
    <message>
        <source>%1 changed %2 to &quot;%3&quot; meanwhile; your change to &quot;%4&quot; was not applied</source>
        <translation>%1 hat %2 inzwischen auf „%3“ geändert; Ihre Änderung auf „%4“ wurde nicht übernommen</translation>
    </message>
    <message>
        <source>%1&apos;s change of %2 to &quot;%3&quot; was not applied: %4 had changed it to &quot;%5&quot;</source>
        <translation>Die Änderung von %2 auf „%3“ durch %1 wurde nicht übernommen: %4 hatte es auf „%5“ geändert</translation>
    </message>
    <message>
        <source>%1&apos;s edit of %2, not applied because %3 had changed it meanwhile:
%4</source>
        <translation>Die Bearbeitung von %2 durch %1, nicht übernommen, weil %3 es inzwischen geändert hatte:
%4</translation>
    </message>
    <message>
        <source>cannot keep the conflicting edit</source>
        <translation>Die widersprüchliche Bearbeitung kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1 changed %2 while you were editing it; their text stays, yours is kept as an incident note</source>
        <translation>%1 hat %2 geändert, während Sie es bearbeitet haben; deren Text bleibt, Ihrer wird als Notiz des Vorfalls aufbewahrt</translation>
    </message>
    <message>
        <source>Conflict: %1&apos;s edit of %2 kept as a note (%3 had changed it)</source>
        <translation>Konflikt: Die Bearbeitung von %2 durch %1 als Notiz aufbewahrt (%3 hatte es geändert)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step state</source>
        <translation>„%1“ ist kein Schrittzustand</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (%2)</source>
        <translation>„%1“ ist kein Status (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the incident</source>
        <translation>„%1“ ist kein Feld des Vorfalls</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of change</source>
        <translation>„%1“ ist keine Art von Änderung</translation>
    </message>
    <message>
        <source>cannot record who has the incident open</source>
        <translation>Es kann nicht festgehalten werden, wer den Vorfall geöffnet hat</translation>
    </message>
    <message>
        <source>%1 opened the incident</source>
        <translation>%1 hat den Vorfall geöffnet</translation>
    </message>
    <message>
        <source>%1 left the incident</source>
        <translation>%1 hat den Vorfall verlassen</translation>
    </message>
    <message>
        <source>cannot read who has the incident open</source>
        <translation>Es ist nicht lesbar, wer den Vorfall geöffnet hat</translation>
    </message>
    <message>
        <source>the incident store %1 is damaged (%2) and needs an upgrade; it was left untouched</source>
        <translation>Der Vorfallspeicher %1 ist beschädigt (%2) und braucht eine Aktualisierung; er blieb unberührt</translation>
    </message>
    <message>
        <source>the incident store %1 is damaged (%2); nothing more is written to it, so the change was not recorded. Export the incidents (what can be read) and continue in a new store</source>
        <translation>Der Vorfallspeicher %1 ist beschädigt (%2); es wird nichts mehr hineingeschrieben, daher wurde die Änderung nicht festgehalten. Exportieren Sie die Vorfälle (was lesbar ist) und machen Sie in einem neuen Speicher weiter</translation>
    </message>
    <message>
        <source>the incident records</source>
        <translation>die Vorfalldatensätze</translation>
    </message>
    <message>
        <source>the step states and notes</source>
        <translation>die Schrittzustände und Notizen</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>die Notizen</translation>
    </message>
    <message>
        <source>the timeline entries</source>
        <translation>die Einträge der Zeitleiste</translation>
    </message>
    <message>
        <source>the metric values</source>
        <translation>die Metrikwerte</translation>
    </message>
    <message>
        <source>the incident variables</source>
        <translation>die Variablen der Vorfälle</translation>
    </message>
    <message>
        <source>the evidence</source>
        <translation>die Nachweise</translation>
    </message>
    <message>
        <source>the follow-ups</source>
        <translation>die Folgeaufgaben</translation>
    </message>
    <message>
        <source>the change history</source>
        <translation>den Änderungsverlauf</translation>
    </message>
    <message>
        <source>who has an incident open</source>
        <translation>wer einen Vorfall geöffnet hat</translation>
    </message>
    <message>
        <source>the table %1</source>
        <translation>die Tabelle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>its structure (%1)</source>
        <translation>ihre Struktur (%1)</translation>
    </message>
    <message>
        <source>cannot look for the incident</source>
        <translation>Der Vorfall kann nicht gesucht werden</translation>
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer (locked?)</source>
        <translation>Der Schlüsselbund hat nicht geantwortet (gesperrt?)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Open from Library</source>
        <translation>Aus der Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Alert name, runbook_url, or words of a title, section or step</source>
        <translation>Alarmname, runbook_url oder Wörter aus Titel, Abschnitt oder Schritt</translation>
    </message>
    <message>
        <source>No runbook folders yet: add them in Settings → Alerts and Runbook Library.</source>
        <translation>Noch keine Runbook-Ordner: Fügen Sie sie unter Einstellungen → Alarme und Runbook-Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message numerus="yes">
        <source>%n runbook(s) in the library</source>
        <translation>
            <numerusform>%n Runbook in der Bibliothek</numerusform>
            <numerusform>%n Runbooks in der Bibliothek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Alerts and Runbook Library</source>
        <translation>Alarme und Runbook-Bibliothek</translation>
    </message>
    <message>
        <source>env:NAME or keychain:SERVICE/ACCOUNT (empty: none)</source>
        <translation>env:NAME oder keychain:DIENST/KONTO (leer: keins)</translation>
    </message>
    <message>
        <source>One label matcher per line, e.g. severity=~&quot;critical|warning&quot;</source>
        <translation>Ein Label-Matcher je Zeile, z. B. severity=~&quot;critical|warning&quot;</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Alertmanager &amp;URL:</source>
        <translation>Alertmanager-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Only alerts matching:</source>
        <translation>&amp;Nur Alarme, die passen auf:</translation>
    </message>
    <message>
        <source>Ask &amp;every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Runbook Folder</source>
        <translation>Runbook-Ordner</translation>
    </message>
    <message>
        <source>Runbook &amp;folders:</source>
        <translation>Runbook-&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>LiveCountModel</name>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <source>Event type: %1</source>
        <translation>Ereignistyp: %1</translation>
    </message>
    <message>
        <source>Field %1 of %2</source>
        <translation>Feld %1 von %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>not connected yet</source>
        <translation>noch nicht verbunden</translation>
    </message>
    <message>
        <source>query error</source>
        <translation>Abfragefehler</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>no log source</source>
        <translation>keine Logquelle</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (teilweise)</translation>
    </message>
    <message>
        <source>%1 in the window, computed %2 from %3</source>
        <translation>%1 im Zeitfenster, berechnet %2 aus %3</translation>
    </message>
    <message>
        <source>
X: last %1, sum %2, min %3, max %4</source>
        <translation>
X: zuletzt %1, Summe %2, Min. %3, Max. %4</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>LivePanel</name>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy as Datadog query</source>
        <translation>Als Datadog-Abfrage kopieren</translation>
    </message>
    <message>
        <source>Copy as LogQL</source>
        <translation>Als LogQL kopieren</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Run every query of the runbook again (F5)</source>
        <translation>Jede Abfrage des Runbooks erneut ausführen (F5)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Querying %1…</source>
        <translation>Frage %1 ab …</translation>
    </message>
    <message>
        <source>Cancelled — counts are partial.</source>
        <translation>Abgebrochen — die Zahlen sind unvollständig.</translation>
    </message>
    <message>
        <source>Updated %1 · %2 lines from %3</source>
        <translation>Aktualisiert %1 · %2 Zeilen aus %3</translation>
    </message>
    <message numerus="yes">
        <source> · %n line(s) skipped</source>
        <translation>
            <numerusform> · %n Zeile übersprungen</numerusform>
            <numerusform> · %n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom window</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Look back how far? (e.g. 90m, 6h, 3d)</source>
        <translation>Wie weit zurückschauen? (z. B. 90m, 6h, 3d)</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>**Alert threshold:** %1 — warning %2, critical %3

</source>
        <translation>**Alarmschwelle:** %1 — Warnung %2, kritisch %3

</translation>
    </message>
    <message>
        <source>This query cannot be written in LogQL</source>
        <translation>Diese Abfrage lässt sich nicht in LogQL ausdrücken</translation>
    </message>
    <message>
        <source>**Metrics** — *not computed: no metrics for this section in the wiring*

</source>
        <translation>**Metriken** — *nicht berechnet: keine Metriken für diesen Abschnitt in der Anbindung*

</translation>
    </message>
    <message>
        <source>Metrics updated %1 (%2)</source>
        <translation>Metriken aktualisiert %1 (%2)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) over %1: %2</source>
        <translation>
            <numerusform>%n passende Zeile über %1: %2</numerusform>
            <numerusform>%n passende Zeilen über %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>LogQlWriter</name>
    <message>
        <source>an OR that mixes message text and attributes</source>
        <translation>ein OR, das Nachrichtentext und Attribute mischt</translation>
    </message>
    <message>
        <source>this combination of conditions</source>
        <translation>diese Kombination von Bedingungen</translation>
    </message>
    <message>
        <source>NOT around a group</source>
        <translation>NOT um eine Gruppe</translation>
    </message>
    <message>
        <source>cannot translate to LogQL: %1</source>
        <translation>nicht nach LogQL übersetzbar: %1</translation>
    </message>
</context>
<context>
    <name>LogQueryParser</name>
    <message>
        <source>unexpected &apos;)&apos; at column %1</source>
        <translation>unerwartete &apos;)&apos; in Spalte %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation>unerwartetes &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>&apos;OR&apos; at column %1 has nothing after it</source>
        <translation>Nach &apos;OR&apos; in Spalte %1 folgt nichts</translation>
    </message>
    <message>
        <source>&apos;AND&apos; at column %1 has nothing after it</source>
        <translation>Nach &apos;AND&apos; in Spalte %1 folgt nichts</translation>
    </message>
    <message>
        <source>&apos;NOT&apos; at column %1 has nothing after it</source>
        <translation>Nach &apos;NOT&apos; in Spalte %1 folgt nichts</translation>
    </message>
    <message>
        <source>missing term at column %1</source>
        <translation>fehlender Ausdruck in Spalte %1</translation>
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation>leere Klammern in Spalte %1</translation>
    </message>
    <message>
        <source>unclosed parenthesis at column %1</source>
        <translation>nicht geschlossene Klammer in Spalte %1</translation>
    </message>
    <message>
        <source>unclosed quote at column %1</source>
        <translation>nicht geschlossenes Anführungszeichen in Spalte %1</translation>
    </message>
    <message>
        <source>escape at the end of the query at column %1</source>
        <translation>Escape-Zeichen am Ende der Abfrage in Spalte %1</translation>
    </message>
    <message>
        <source>expected a number at column %1</source>
        <translation>Zahl erwartet in Spalte %1</translation>
    </message>
    <message>
        <source>missing attribute name at column %1</source>
        <translation>fehlender Attributname in Spalte %1</translation>
    </message>
    <message>
        <source>missing value after &apos;%1:&apos; at column %2</source>
        <translation>fehlender Wert nach &apos;%1:&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>empty value list at column %1</source>
        <translation>leere Werteliste in Spalte %1</translation>
    </message>
    <message>
        <source>expected &apos;TO&apos; in the range at column %1</source>
        <translation>&apos;TO&apos; im Bereich erwartet in Spalte %1</translation>
    </message>
    <message>
        <source>unclosed range at column %1</source>
        <translation>nicht geschlossener Bereich in Spalte %1</translation>
    </message>
    <message>
        <source>empty query</source>
        <translation>leere Abfrage</translation>
    </message>
    <message>
        <source>the query nests deeper than %1 levels (parentheses, value groups or NOT) at column %2</source>
        <translation>Die Abfrage ist tiefer als %1 Ebenen verschachtelt (Klammern, Wertegruppen oder NOT) in Spalte %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 has nothing before it</source>
        <translation>Vor &apos;%1&apos; in Spalte %2 steht nichts</translation>
    </message>
</context>
<context>
    <name>LogScanEngine</name>
    <message>
        <source>malformed JSON (%1 at column %2)</source>
        <translation>fehlerhaftes JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>no readable &quot;%1&quot; field</source>
        <translation>kein lesbares Feld „%1“</translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>kein Zeitstempel am Anfang der Zeile</translation>
    </message>
    <message>
        <source>cannot compile the query literals: %1</source>
        <translation>Die Literale der Abfrage können nicht kompiliert werden: %1</translation>
    </message>
    <message>
        <source>cannot allocate scan memory</source>
        <translation>Speicher für die Suche kann nicht reserviert werden</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: no log files in this directory</source>
        <translation>%1: keine Log-Dateien in diesem Ordner</translation>
    </message>
    <message>
        <source>%1: read error at offset %2</source>
        <translation>%1: Lesefehler bei Position %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: gzip data is damaged at compressed offset %2 (%3); counts so far are partial</source>
        <translation>%1: gzip-Daten sind bei komprimierter Position %2 beschädigt (%3); die bisherigen Zählungen sind unvollständig</translation>
    </message>
    <message>
        <source>%1: gzip stream is truncated at compressed offset %2; counts so far are partial</source>
        <translation>%1: gzip-Strom ist bei komprimierter Position %2 abgeschnitten; die bisherigen Zählungen sind unvollständig</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n Zeile war nicht lesbar und wurde übersprungen</numerusform>
            <numerusform>%n Zeilen waren nicht lesbar und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file shrank while it was read (rotated or truncated?) near offset %2; counts are partial</source>
        <translation>%1: Die Datei ist beim Lesen kürzer geworden (rotiert oder gekürzt?), nahe Offset %2; die Zählungen sind unvollständig</translation>
    </message>
</context>
<context>
    <name>LogSource</name>
    <message>
        <source>file: needs a path (file:PATH)</source>
        <translation>file: braucht einen Pfad (file:PFAD)</translation>
    </message>
    <message>
        <source>%1: needs a base URL such as %1:https://api.datadoghq.com</source>
        <translation>%1: braucht eine Basis-URL wie %1:https://api.datadoghq.com</translation>
    </message>
    <message>
        <source>unknown log source &quot;%1&quot; (use file:PATH, datadog:BASE_URL or loki:BASE_URL)</source>
        <translation>unbekannte Logquelle „%1“ (file:PFAD, datadog:BASIS_URL oder loki:BASIS_URL verwenden)</translation>
    </message>
    <message>
        <source>profile %1 has no log source</source>
        <translation>Profil %1 hat keine Logquelle</translation>
    </message>
    <message>
        <source>profile %1, connector %2</source>
        <translation>Profil %1, Connector %2</translation>
    </message>
    <message>
        <source>%1: not available yet (status: coming)</source>
        <translation>%1: noch nicht verfügbar (Status: coming)</translation>
    </message>
    <message>
        <source>log source %1, %2</source>
        <translation>Logquelle %1, %2</translation>
    </message>
    <message>
        <source>profile %1, connector %2: base_url &quot;%3&quot; is not an http(s) URL</source>
        <translation>Profil %1, Connector %2: base_url „%3“ ist keine http(s)-URL</translation>
    </message>
</context>
<context>
    <name>LokiLogSource</name>
    <message>
        <source>Loki: malformed reply (%1 at offset %2)</source>
        <translation>Loki: fehlerhafte Antwort (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>Loki: unexpected reply (not a %1)</source>
        <translation>Loki: unerwartete Antwort (kein %1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Add a note to the incident and press Enter</source>
        <translation>Notiz zum Vorfall eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Switch incident</source>
        <translation>Vorfall wechseln</translation>
    </message>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation>Runbook ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Export Incident…</source>
        <translation>Vorfall &amp;exportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <source>&amp;Resolve Incident</source>
        <translation>Vorfall &amp;lösen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Focus &amp;Checklist</source>
        <translation>&amp;Checkliste fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Focus &amp;Sections</source>
        <translation>&amp;Abschnitte fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;About Runbook Assistant</source>
        <translation>Ü&amp;ber Runbook-Assistent</translation>
    </message>
    <message>
        <source>About Runbook Assistant</source>
        <translation>Über Runbook-Assistent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runbook Assistant&lt;/b&gt; %1&lt;p&gt;Walk an incident through a runbook: checklists, notes, timeline and incident notes.&lt;/p&gt;&lt;p&gt;Keys: ↑/↓ move · Space done/pending · D/S/N/P set state · Enter edit note · Esc back · Alt+↑/↓ section&lt;/p&gt;</source>
        <translation>&lt;b&gt;Runbook-Assistent&lt;/b&gt; %1&lt;p&gt;Einen Vorfall nach einem Runbook bearbeiten: Checklisten, Notizen, Zeitleiste und Vorfallnotizen.&lt;/p&gt;&lt;p&gt;Tasten: ↑/↓ bewegen · Leertaste erledigt/offen · D/S/N/P Zustand setzen · Eingabe Notiz bearbeiten · Esc zurück · Alt+↑/↓ Abschnitt&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <source>Cannot open the runbook: %1</source>
        <translation>Das Runbook kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s): %2</source>
        <translation>
            <numerusform>%1 hat %n Problem: %2</numerusform>
            <numerusform>%1 hat %n Probleme: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The runbook is open read-only; nothing already recorded was changed.</source>
        <translation>%1
Das Runbook ist schreibgeschützt geöffnet; nichts bereits Festgehaltene wurde geändert.</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Kein Vorfall</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (gelöst)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The runbook changed since this incident was opened; steps whose text changed are flagged.</source>
        <translation>Das Runbook hat sich seit Eröffnung dieses Vorfalls geändert; geänderte Schritte sind markiert.</translation>
    </message>
    <message>
        <source>*No incident is open. Start one with **Incident → New Incident** (Ctrl+N) to record progress.*</source>
        <translation>*Kein Vorfall geöffnet. Mit **Vorfall → Neuer Vorfall** (Strg+N) einen beginnen, um den Fortschritt festzuhalten.*</translation>
    </message>
    <message>
        <source>*No notes yet.*</source>
        <translation>*Noch keine Notizen.*</translation>
    </message>
    <message>
        <source>&amp;Reopen Incident</source>
        <translation>Vorfall wieder &amp;eröffnen</translation>
    </message>
    <message>
        <source>Runbook Assistant</source>
        <translation>Runbook-Assistent</translation>
    </message>
    <message>
        <source>%1 — Runbook Assistant</source>
        <translation>%1 — Runbook-Assistent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No incident — press Ctrl+N to start one</source>
        <translation>Kein Vorfall — Strg+N beginnt einen</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 steps handled</source>
        <translation>%1 · %2 · %3 von %4 Schritten bearbeitet</translation>
    </message>
    <message>
        <source>&amp;Log Source…</source>
        <translation>&amp;Logquelle …</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Environment profile of the runbook&apos;s wiring</source>
        <translation>Umgebungsprofil der Anbindung des Runbooks</translation>
    </message>
    <message>
        <source>&amp;Secrets…</source>
        <translation>&amp;Geheimnisse…</translation>
    </message>
    <message numerus="yes">
        <source>The wiring %1 has %n problem(s); what works keeps working. First: line %2: %3</source>
        <translation>
            <numerusform>Die Anbindung %1 hat %n Problem; was funktioniert, funktioniert weiter. Erstes: Zeile %2: %3</numerusform>
            <numerusform>Die Anbindung %1 hat %n Probleme; was funktioniert, funktioniert weiter. Erstes: Zeile %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (geschützt)</translation>
    </message>
    <message>
        <source>%1 — protected profile: changes here touch real systems</source>
        <translation>%1 — geschütztes Profil: Änderungen hier betreffen echte Systeme</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Run the queries and evaluate the alert rules now (F5)</source>
        <translation>Die Abfragen ausführen und die Alarmregeln jetzt auswerten (F5)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source> Window: </source>
        <translation> Zeitfenster: </translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source>Evaluate the alert rules on their own this often (backs off while the source fails)</source>
        <translation>Die Alarmregeln von selbst so oft auswerten (seltener, solange die Quelle ausfällt)</translation>
    </message>
    <message>
        <source>Rules evaluated: %1</source>
        <translation>Regeln ausgewertet: %1</translation>
    </message>
    <message>
        <source>&amp;Reset Demo Data…</source>
        <translation>Demo-Daten &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Put the demo database, blob store and logs back to their starting state</source>
        <translation>Die Demo-Datenbank, den Blob-Speicher und die Logs in ihren Anfangszustand zurückversetzen</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>Demo-Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Put the demo database, blob store and logs back to their starting state? Changes made by demo actions are lost; incidents and notes are kept.</source>
        <translation>Die Demo-Datenbank, den Blob-Speicher und die Logs in ihren Anfangszustand zurückversetzen? Änderungen durch Demo-Aktionen gehen verloren; Vorfälle und Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The demo data could not be reset: %1</source>
        <translation>Die Demo-Daten konnten nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>Demo data reset to its starting state</source>
        <translation>Demo-Daten auf ihren Anfangszustand zurückgesetzt</translation>
    </message>
    <message>
        <source>Read Route Metrics</source>
        <translation>Routen-Metriken lesen</translation>
    </message>
    <message>
        <source>Call the routes the http_field metrics read (a cron route runs its job) and show their fields</source>
        <translation>Die Routen aufrufen, die die http_field-Metriken lesen (eine Cron-Route führt ihren Auftrag aus), und ihre Felder zeigen</translation>
    </message>
    <message>
        <source>Incident &amp;Record</source>
        <translation>Vorfall&amp;akte</translation>
    </message>
    <message>
        <source>Ne&amp;xt Step</source>
        <translation>Nä&amp;chster Schritt</translation>
    </message>
    <message>
        <source>The next pending step in triage order: critical sections first, then warnings, then the rest (F8)</source>
        <translation>Der nächste offene Schritt in Triage-Reihenfolge: zuerst kritische Abschnitte, dann Warnungen, dann der Rest (F8)</translation>
    </message>
    <message>
        <source>Every step in triage order is handled.</source>
        <translation>Jeder Schritt in Triage-Reihenfolge ist erledigt.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Next: %1 — %2</source>
        <translation>Als Nächstes: %1 — %2</translation>
    </message>
    <message>
        <source>Select the step the samples belong to, then keep them.</source>
        <translation>Wählen Sie den Schritt, zu dem die Beispiele gehören, und behalten Sie sie dann.</translation>
    </message>
    <message>
        <source>Start an incident to keep evidence.</source>
        <translation>Eröffnen Sie einen Vorfall, um Nachweise zu behalten.</translation>
    </message>
    <message>
        <source>the profile&apos;s log source</source>
        <translation>die Logquelle des Profils</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht behalten: %1</translation>
    </message>
    <message>
        <source>Kept with step %1 as evidence %2</source>
        <translation>Bei Schritt %1 als Nachweis %2 behalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Incident Store…</source>
        <translation>&amp;Vorfallspeicher…</translation>
    </message>
    <message>
        <source>Keep incidents in a file on this computer or in a team store on PostgreSQL</source>
        <translation>Vorfälle in einer Datei auf diesem Rechner oder in einem Team-Speicher auf PostgreSQL halten</translation>
    </message>
    <message>
        <source>Team store</source>
        <translation>Team-Speicher</translation>
    </message>
    <message>
        <source>Team store unreachable</source>
        <translation>Team-Speicher nicht erreichbar</translation>
    </message>
    <message>
        <source>also here: %1</source>
        <translation>ebenfalls hier: %1</translation>
    </message>
    <message>
        <source>Changes are shared with everyone who has the incident open.</source>
        <translation>Änderungen sehen alle, die den Vorfall offen haben.</translation>
    </message>
    <message>
        <source>The team store cannot be reached: %1
Changes are kept on this computer and sent, in order, when it is back.</source>
        <translation>Der Team-Speicher ist nicht erreichbar: %1
Änderungen bleiben auf diesem Rechner und werden der Reihe nach gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Last change by someone else — %1</source>
        <translation>Letzte Änderung eines anderen — %1</translation>
    </message>
    <message>
        <source>Opening the incident store %1…</source>
        <translation>Öffne den Vorfallspeicher %1…</translation>
    </message>
    <message>
        <source>1 change not yet shared</source>
        <translation>1 Änderung noch nicht geteilt</translation>
    </message>
    <message>
        <source>%1 changes not yet shared</source>
        <translation>%1 Änderungen noch nicht geteilt</translation>
    </message>
    <message>
        <source>Only the incident commander (%1) can resolve it</source>
        <translation>Nur der Incident Commander (%1) kann ihn abschließen</translation>
    </message>
    <message>
        <source>Export %p%</source>
        <translation>Export %p %</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message numerus="yes">
        <source>Runbook library: %n file(s) indexed in %1 ms</source>
        <translation>
            <numerusform>Runbook-Bibliothek: %n Datei in %1 ms indiziert</numerusform>
            <numerusform>Runbook-Bibliothek: %n Dateien in %1 ms indiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Alerts (%1)</source>
        <translation>&amp;Alarme (%1)</translation>
    </message>
    <message>
        <source>&amp;Alerts and Runbook Library…</source>
        <translation>&amp;Alarme und Runbook-Bibliothek…</translation>
    </message>
    <message>
        <source>The Alertmanager to watch and the folders of your team&apos;s runbooks</source>
        <translation>Der zu beobachtende Alertmanager und die Ordner mit den Runbooks Ihres Teams</translation>
    </message>
    <message>
        <source>Open from &amp;Library…</source>
        <translation>Aus der &amp;Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Find a runbook of your team&apos;s by alert, runbook_url or words</source>
        <translation>Ein Runbook Ihres Teams nach Alarm, runbook_url oder Wörtern finden</translation>
    </message>
    <message>
        <source>Cannot start an incident: the incident store is not open (%1).</source>
        <translation>Kein Vorfall möglich: Der Vorfallspeicher ist nicht geöffnet (%1).</translation>
    </message>
    <message>
        <source>Opening the runbook for %1…</source>
        <translation>Das Runbook für %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>No runbook for %1: %2. Add your runbook folder in Settings → Alerts and Runbook Library.</source>
        <translation>Kein Runbook für %1: %2. Fügen Sie Ihren Runbook-Ordner unter Einstellungen → Alarme und Runbook-Bibliothek hinzu.</translation>
    </message>
    <message>
        <source>%1 fired again (since %2)</source>
        <translation>%1 erneut ausgelöst (seit %2)</translation>
    </message>
    <message>
        <source>%1 fired again: it joins the open incident %2.</source>
        <translation>%1 wurde erneut ausgelöst: Es gehört zum offenen Vorfall %2.</translation>
    </message>
    <message>
        <source>Incident started from %1 (%2): %3 at “%4”.</source>
        <translation>Vorfall aus %1 (%2) begonnen: %3 bei „%4“.</translation>
    </message>
    <message>
        <source>Alertmanager says %1 resolved at %2. Resolve the incident?</source>
        <translation>Der Alertmanager meldet %1 als behoben um %2. Den Vorfall abschließen?</translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation>KRIT</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MetricEvaluator</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the log source failed: %1</source>
        <translation>Die Logquelle ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>no runs expected in the window</source>
        <translation>Im Zeitfenster werden keine Läufe erwartet</translation>
    </message>
    <message>
        <source>no data: nothing to divide by in the last %1</source>
        <translation>keine Daten: In den letzten %1 gibt es nichts zu teilen</translation>
    </message>
    <message>
        <source>no data: no matching line in the last %1</source>
        <translation>keine Daten: In den letzten %1 keine passende Zeile</translation>
    </message>
    <message>
        <source>no log source in this profile</source>
        <translation>keine Logquelle in diesem Profil</translation>
    </message>
    <message>
        <source>not wired: no metric judges this row (rules: in the wiring)</source>
        <translation>nicht angebunden: Keine Metrik bewertet diese Zeile (Regeln: in der Anbindung)</translation>
    </message>
    <message>
        <source>the wiring names a metric &quot;%1&quot; that does not exist</source>
        <translation>Die Anbindung nennt eine Metrik „%1“, die es nicht gibt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>the log source failed</source>
        <translation>Die Logquelle ist ausgefallen</translation>
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation>Profil %1 hat keinen Connector %2</translation>
    </message>
    <message>
        <source>connector %1 is not available in this profile yet</source>
        <translation>Connector %1 ist in diesem Profil noch nicht verfügbar</translation>
    </message>
    <message>
        <source>the database: %1</source>
        <translation>die Datenbank: %1</translation>
    </message>
    <message>
        <source>no data: the query gave no number</source>
        <translation>keine Daten: Die Abfrage ergab keine Zahl</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>no data: %1 has no number at %2</source>
        <translation>keine Daten: %1 hat keine Zahl bei %2</translation>
    </message>
    <message>
        <source>read by calling %1, which runs it: ask for it (Read Route Metrics, or check --run-routes)</source>
        <translation>wird durch Aufruf von %1 gelesen, was es ausführt: danach fragen (Routen-Metriken lesen, oder check --run-routes)</translation>
    </message>
    <message>
        <source>as read at %1; read again with Read Route Metrics</source>
        <translation>gelesen um %1; erneut lesen mit Routen-Metriken lesen</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 (%5)</source>
        <translation>%1 %2 %3: %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <source> + %n more</source>
        <translation>
            <numerusform> + %n weitere</numerusform>
            <numerusform> + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the query &quot;%1&quot; does not parse: %2</source>
        <translation>Die Abfrage „%1“ ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>connector %1 is not a prometheus connector</source>
        <translation>Connector %1 ist kein prometheus-Connector</translation>
    </message>
    <message>
        <source>the query needs %1, which a metric has no value for</source>
        <translation>Die Abfrage braucht %1, wofür eine Metrik keinen Wert hat</translation>
    </message>
    <message>
        <source>no number: %1</source>
        <translation>keine Zahl: %1</translation>
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>KRITISCH</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellwerte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Zeitfenster</translation>
    </message>
    <message>
        <source>Over the incident</source>
        <translation>Über den Vorfall</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>auf Anfrage</translation>
    </message>
    <message>
        <source>warn %1
crit %2</source>
        <translation>Warnung %1
kritisch %2</translation>
    </message>
</context>
<context>
    <name>MissingBlobs</name>
    <message>
        <source>the query has no column %1</source>
        <translation>Die Abfrage hat keine Spalte %1</translation>
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>cancelled; nothing was marked</source>
        <translation>abgebrochen; nichts wurde markiert</translation>
    </message>
    <message>
        <source>the query returns more than %1 rows; narrow it</source>
        <translation>die Abfrage liefert mehr als %1 Zeilen; bitte eingrenzen</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>a PDF needs the graphical part of Qt (no QGuiApplication)</source>
        <translation>ein PDF braucht den grafischen Teil von Qt (keine QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cancelled; %1 was not written</source>
        <translation>abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: a page could not be added</source>
        <translation>%1 kann nicht geschrieben werden: eine Seite konnte nicht angefügt werden</translation>
    </message>
</context>
<context>
    <name>PromResult</name>
    <message>
        <source>the query returned no series (no data, or a comparison that filtered everything out)</source>
        <translation>Die Abfrage ergab keine Zeitreihe (keine Daten, oder ein Vergleich hat alles ausgefiltert)</translation>
    </message>
    <message>
        <source>the query returned %1 series; one number needs one (aggregate with sum, max or avg)</source>
        <translation>Die Abfrage ergab %1 Zeitreihen; eine Zahl braucht genau eine (mit sum, max oder avg zusammenfassen)</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>status is &quot;%1&quot;, not success</source>
        <translation>status ist „%1“, nicht success</translation>
    </message>
    <message>
        <source>data.result: expected [time, &quot;value&quot;]</source>
        <translation>data.result: [Zeit, &quot;Wert&quot;] erwartet</translation>
    </message>
    <message>
        <source>data.resultType: &quot;%1&quot; is not vector, matrix, scalar or string</source>
        <translation>data.resultType: „%1“ ist nicht vector, matrix, scalar oder string</translation>
    </message>
    <message>
        <source>data.result[%1].value: expected [time, &quot;value&quot;]</source>
        <translation>data.result[%1].value: [Zeit, &quot;Wert&quot;] erwartet</translation>
    </message>
    <message>
        <source>data.result[%1].values[%2]: expected [time, &quot;value&quot;]</source>
        <translation>data.result[%1].values[%2]: [Zeit, &quot;Wert&quot;] erwartet</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: Prometheus says %2%3</source>
        <translation>%1: Prometheus meldet %2%3</translation>
    </message>
    <message>
        <source>%1: HTTP %2 with an HTML page, not Prometheus&apos;s API (is the URL the Prometheus server, behind no login page?)</source>
        <translation>%1: HTTP %2 mit einer HTML-Seite statt der Prometheus-API (ist die URL der Prometheus-Server, ohne Anmeldeseite davor?)</translation>
    </message>
    <message>
        <source>%1: answered with an HTML page, not Prometheus&apos;s API (is the URL the Prometheus server, behind no login page?)</source>
        <translation>%1: Antwort ist eine HTML-Seite statt der Prometheus-API (ist die URL der Prometheus-Server, ohne Anmeldeseite davor?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QtDialogProvider</name>
    <message>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>Markdown runbooks (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Runbooks (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Incident</source>
        <translation>Vorfall exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>New Incident</source>
        <translation>Neuer Vorfall</translation>
    </message>
    <message>
        <source>What is happening?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Log Source</source>
        <translation>Logquelle</translation>
    </message>
    <message>
        <source>Where the logs are: file:PATH (a file or a folder of rotated logs, .gz too), datadog:BASE_URL (keys from DD_API_KEY / DD_APP_KEY) or loki:BASE_URL.
Leave empty for the demo logs.</source>
        <translation>Wo die Logs liegen: file:PFAD (eine Datei oder ein Ordner rotierter Logs, auch .gz), datadog:BASIS_URL (Schlüssel aus DD_API_KEY / DD_APP_KEY) oder loki:BASIS_URL.
Leer lassen für die Demo-Logs.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML, self-contained (*.html)</source>
        <translation>HTML, eigenständig (*.html)</translation>
    </message>
    <message>
        <source>JSON, the whole record (*.json)</source>
        <translation>JSON, die ganze Akte (*.json)</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>longer than 1 MiB</source>
        <translation>länger als 1 MiB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 time</source>
        <translation>„%1“ ist keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: this looks like a secret written into the file; use env:NAME or keychain:SERVICE/ACCOUNT</source>
        <translation>%1: Das sieht nach einem in die Datei geschriebenen Geheimnis aus; env:NAME oder keychain:DIENST/KONTO verwenden</translation>
    </message>
    <message>
        <source>the wiring file is empty</source>
        <translation>Die Anbindungsdatei ist leer</translation>
    </message>
    <message>
        <source>the wiring file</source>
        <translation>die Anbindungsdatei</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: version, default_profile, profiles, bindings, metrics, rules)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: version, default_profile, profiles, bindings, metrics, rules)</translation>
    </message>
    <message>
        <source>version: this program reads version 1</source>
        <translation>version: Dieses Programm liest Version 1</translation>
    </message>
    <message>
        <source>no profiles: add at least one under &quot;profiles&quot;</source>
        <translation>keine Profile: mindestens eines unter „profiles“ anlegen</translation>
    </message>
    <message>
        <source>profiles: duplicate profile &quot;%1&quot;</source>
        <translation>profiles: doppeltes Profil „%1“</translation>
    </message>
    <message>
        <source>default_profile: there is no profile &quot;%1&quot;</source>
        <translation>default_profile: Es gibt kein Profil „%1“</translation>
    </message>
    <message>
        <source>bindings: &quot;%1&quot; is bound twice</source>
        <translation>bindings: „%1“ ist doppelt gebunden</translation>
    </message>
    <message>
        <source>metrics: duplicate metric &quot;%1&quot;</source>
        <translation>metrics: doppelte Metrik „%1“</translation>
    </message>
    <message>
        <source>rules.%1: the runbook has no threshold row with this id</source>
        <translation>rules.%1: Das Runbook hat keine Schwellwertzeile mit dieser ID</translation>
    </message>
    <message>
        <source>rules.%1: there is no metric &quot;%2&quot;</source>
        <translation>rules.%1: Es gibt keine Metrik „%2“</translation>
    </message>
    <message>
        <source>bindings.%1: no profile has a connector &quot;%2&quot;</source>
        <translation>bindings.%1: Kein Profil hat einen Connector „%2“</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (known: label, protected, demo, color, connectors, description)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (bekannt: label, protected, demo, color, connectors, description)</translation>
    </message>
    <message>
        <source>%1.demo: expected true or false</source>
        <translation>%1.demo: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1.protected: expected true or false</source>
        <translation>%1.protected: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1: a demo profile cannot be protected (its data and secrets are the demo&apos;s)</source>
        <translation>%1: Ein Demo-Profil kann nicht geschützt sein (seine Daten und Geheimnisse sind die der Demo)</translation>
    </message>
    <message>
        <source>%1.color: expected a colour such as &quot;#c53030&quot;</source>
        <translation>%1.color: eine Farbe wie „#c53030“ erwartet</translation>
    </message>
    <message>
        <source>%1.connectors: duplicate connector &quot;%2&quot;</source>
        <translation>%1.connectors: doppelter Connector „%2“</translation>
    </message>
    <message>
        <source>%1: missing &quot;kind&quot;</source>
        <translation>%1: „kind“ fehlt</translation>
    </message>
    <message>
        <source>%1.kind: unknown connector kind &quot;%2&quot; (known: %3)</source>
        <translation>%1.kind: unbekannte Connector-Art „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1.status: expected coming or ready</source>
        <translation>%1.status: coming oder ready erwartet</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; for a %3 connector (known: %4)</source>
        <translation>%1: unbekannter Schlüssel „%2“ für einen %3-Connector (bekannt: %4)</translation>
    </message>
    <message>
        <source>%1: a secret must be a reference (env:NAME or keychain:SERVICE/ACCOUNT), not a literal</source>
        <translation>%1: Ein Geheimnis muss ein Verweis sein (env:NAME oder keychain:DIENST/KONTO), kein Klartext</translation>
    </message>
    <message>
        <source>%1: demo: secrets are only for a demo profile (demo: true), never sent elsewhere</source>
        <translation>%1: demo:-Geheimnisse gibt es nur für ein Demo-Profil (demo: true), nie anderswohin gesendet</translation>
    </message>
    <message>
        <source>%1: the bearer goes to every route of this connector; list the routes that need it under bearer_paths</source>
        <translation>%1: Das Bearer-Token geht an jede Route dieses Connectors; die Routen, die es brauchen, unter bearer_paths auflisten</translation>
    </message>
    <message>
        <source>%1: the runbook has no section, step, monitor, metric, threshold or query with this id</source>
        <translation>%1: Das Runbook hat keinen Abschnitt, Schritt, Monitor, keine Metrik, keinen Schwellwert und keine Abfrage mit dieser ID</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot; (a binding is one of probe, action, link, manual, info)</source>
        <translation>%1: unbekannter Schlüssel „%2“ (eine Bindung ist eines von probe, action, link, manual, info)</translation>
    </message>
    <message>
        <source>%1: a binding has exactly one of probe, action, link, manual, info</source>
        <translation>%1: Eine Bindung hat genau eines von probe, action, link, manual, info</translation>
    </message>
    <message>
        <source>%1: say in one line why</source>
        <translation>%1: in einer Zeile sagen, warum</translation>
    </message>
    <message>
        <source>%1: missing &quot;type&quot;</source>
        <translation>%1: „type“ fehlt</translation>
    </message>
    <message>
        <source>%1: missing &quot;connector&quot;</source>
        <translation>%1: „connector“ fehlt</translation>
    </message>
    <message>
        <source>%1: a binding needs one of probe, action, link, manual, info</source>
        <translation>%1: Eine Bindung braucht eines von probe, action, link, manual, info</translation>
    </message>
    <message>
        <source>%1: expected a list of { pattern: … } or { query: … }</source>
        <translation>%1: eine Liste von { pattern: … } oder { query: … } erwartet</translation>
    </message>
    <message>
        <source>%1: each item is { pattern: TEXT } or { query: TEXT }</source>
        <translation>%1: Jeder Eintrag ist { pattern: TEXT } oder { query: TEXT }</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: unbekannter Schlüssel „%2“</translation>
    </message>
    <message>
        <source>%1.kind: unknown metric kind &quot;%2&quot;</source>
        <translation>%1.kind: unbekannte Metrik-Art „%2“</translation>
    </message>
    <message>
        <source>%1.section: the runbook has no section &quot;%2&quot;</source>
        <translation>%1.section: Das Runbook hat keinen Abschnitt „%2“</translation>
    </message>
    <message>
        <source>%1.window: expected a duration such as 1h, 24h, 7d</source>
        <translation>%1.window: eine Dauer wie 1h, 24h, 7d erwartet</translation>
    </message>
    <message>
        <source>%1: a ratio needs numerator and denominator</source>
        <translation>%1: Ein Verhältnis braucht numerator und denominator</translation>
    </message>
    <message>
        <source>%1: needs &quot;count&quot;: the log patterns or queries to count</source>
        <translation>%1: braucht „count“: die zu zählenden Log-Muster oder Abfragen</translation>
    </message>
    <message>
        <source>%1: a duration needs &quot;field&quot;, the attribute with the number (e.g. durationMs)</source>
        <translation>%1: Eine Dauer braucht „field“, das Attribut mit der Zahl (z. B. durationMs)</translation>
    </message>
    <message>
        <source>%1: a promql metric needs &quot;connector&quot; (a prometheus connector) and &quot;query&quot; (PromQL giving one number)</source>
        <translation>%1: Eine promql-Metrik braucht „connector“ (einen prometheus-Connector) und „query“ (PromQL, das eine Zahl ergibt)</translation>
    </message>
    <message>
        <source>%1: needs &quot;connector&quot;, the connector it asks</source>
        <translation>%1: braucht „connector“, den Connector, den sie fragt</translation>
    </message>
    <message>
        <source>%1: an http_field metric needs &quot;path&quot; (the route) and &quot;field&quot; (the JSON path of the number)</source>
        <translation>%1: Eine http_field-Metrik braucht „path“ (die Route) und „field“ (den JSON-Pfad der Zahl)</translation>
    </message>
    <message>
        <source>%1: a sql_scalar metric needs &quot;sql&quot;, a SELECT of one number</source>
        <translation>%1: Eine sql_scalar-Metrik braucht „sql“, ein SELECT mit einer Zahl</translation>
    </message>
    <message>
        <source>%1.stat: expected last, sum, min or max</source>
        <translation>%1.stat: last, sum, min oder max erwartet</translation>
    </message>
</context>
<context>
    <name>RunbookLibrary</name>
    <message>
        <source>%1: not a folder that can be read</source>
        <translation>%1: kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>file name %1</source>
        <translation>Dateiname %1</translation>
    </message>
    <message>
        <source>runbook_url path %1</source>
        <translation>runbook_url-Pfad %1</translation>
    </message>
    <message>
        <source>runbook_url names alert %1</source>
        <translation>runbook_url nennt Alarm %1</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>RunbookParser</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: file is too large for a runbook (%2 MB, limit %3 MB)</source>
        <translation>%1: Die Datei ist zu groß für ein Runbook (%2 MB, Grenze %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>das Runbook ist leer</translation>
    </message>
    <message>
        <source>this is not a text file (binary data at line %1); not a Markdown runbook</source>
        <translation>Das ist keine Textdatei (Binärdaten in Zeile %1); kein Markdown-Runbook</translation>
    </message>
    <message>
        <source>invalid UTF-8 (first at line %1); shown with replacement characters</source>
        <translation>ungültiges UTF-8 (zuerst in Zeile %1); mit Ersatzzeichen angezeigt</translation>
    </message>
    <message>
        <source>lists or quotes nest deeper than %1 levels at line %2; what is deeper is read as part of level %1</source>
        <translation>Listen oder Zitate sind tiefer als %1 Ebenen verschachtelt in Zeile %2; Tieferes wird als Teil von Ebene %1 gelesen</translation>
    </message>
    <message>
        <source>front matter: %1 (its keys are ignored)</source>
        <translation>Front Matter: %1 (seine Schlüssel werden ignoriert)</translation>
    </message>
</context>
<context>
    <name>SamplesDialog</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Samples — %1</source>
        <translation>Beispiele — %1</translation>
    </message>
    <message>
        <source>Keep with the Step</source>
        <translation>Beim Schritt behalten</translation>
    </message>
    <message>
        <source>Attach the count, its buckets and these samples to the selected step, as evidence</source>
        <translation>Anzahl, Verlauf und diese Beispiele dem gewählten Schritt als Nachweis anhängen</translation>
    </message>
</context>
<context>
    <name>SecretResolver</name>
    <message>
        <source>%1: environment variable %2 is not set</source>
        <translation>%1: Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a keychain reference (keychain:SERVICE/ACCOUNT)</source>
        <translation>%1: „%2“ ist kein Schlüsselbund-Verweis (keychain:DIENST/KONTO)</translation>
    </message>
    <message>
        <source>%1: no keychain is available for %2 (use env: instead)</source>
        <translation>%1: Für %2 ist kein Schlüsselbund verfügbar (stattdessen env: verwenden)</translation>
    </message>
    <message>
        <source>%1: keychain %2: %3</source>
        <translation>%1: Schlüsselbund %2: %3</translation>
    </message>
    <message>
        <source>%1: demo: secrets are for the demo backend on this machine only, not for %2</source>
        <translation>%1: demo:-Geheimnisse sind nur für das Demo-Backend auf diesem Rechner, nicht für %2</translation>
    </message>
    <message>
        <source>this connector</source>
        <translation>dieser Connector</translation>
    </message>
    <message>
        <source>%1: demo: secrets are for the demo backend on this machine only</source>
        <translation>%1: demo:-Geheimnisse sind nur für das Demo-Backend auf diesem Rechner</translation>
    </message>
    <message>
        <source>%1: a secret must be a reference (env:NAME, keychain:SERVICE/ACCOUNT or, for the demo, demo:NAME)</source>
        <translation>%1: Ein Geheimnis muss ein Verweis sein (env:NAME, keychain:DIENST/KONTO oder, für die Demo, demo:NAME)</translation>
    </message>
    <message>
        <source>%1: sslmode &quot;%2&quot; is not one of %3</source>
        <translation>%1: sslmode „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>no sslmode</source>
        <translation>kein sslmode</translation>
    </message>
    <message>
        <source>sslmode %1</source>
        <translation>sslmode %1</translation>
    </message>
    <message>
        <source>%1: a protected profile&apos;s database connection must be encrypted; with %2 the password could cross the network in clear text. Set sslmode: verify-full (or require)</source>
        <translation>%1: Die Datenbankverbindung eines geschützten Profils muss verschlüsselt sein; mit %2 könnte das Passwort im Klartext über das Netz gehen. sslmode: verify-full (oder require) setzen</translation>
    </message>
    <message>
        <source>%1: %2 is not this machine; with %3 the password could cross the network in clear text. Set sslmode: verify-full (or require)</source>
        <translation>%1: %2 ist nicht dieser Rechner; mit %3 könnte das Passwort im Klartext über das Netz gehen. sslmode: verify-full (oder require) setzen</translation>
    </message>
    <message>
        <source>%1: credentials go over https only (or to this machine), not to %2</source>
        <translation>%1: Zugangsdaten gehen nur über https (oder an diesen Rechner), nicht an %2</translation>
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Connector</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New value for the selected keychain entry (never shown again)</source>
        <translation>Neuer Wert für den gewählten Schlüsselbund-Eintrag (wird nie wieder angezeigt)</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Secrets are referenced by the wiring file, never written into it. env: references come from the environment; keychain: references can be stored here.</source>
        <translation>Die Anbindungsdatei verweist auf Geheimnisse, sie stehen nie darin. env:-Verweise kommen aus der Umgebung; keychain:-Verweise können hier gespeichert werden.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Select a keychain: reference; env: references are set in the environment.</source>
        <translation>Einen keychain:-Verweis wählen; env:-Verweise werden in der Umgebung gesetzt.</translation>
    </message>
    <message>
        <source>Type a value first.</source>
        <translation>Zuerst einen Wert eingeben.</translation>
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Stored.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Could not store it: %1</source>
        <translation>Konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps handled</source>
        <translation>%1 von %2 Schritten bearbeitet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>CRIT</source>
        <translation>KRIT</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 %2: %3%4</source>
        <translation>%1 %2: %3%4</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>No section</source>
        <translation>Kein Abschnitt</translation>
    </message>
    <message>
        <source>Wiring, line %1: %2</source>
        <translation>Anbindung, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Step %1 is not wired (add it to %2)</source>
        <translation>Schritt %1 ist nicht angebunden (zu %2 hinzufügen)</translation>
    </message>
    <message>
        <source> — **met** (%1)</source>
        <translation> — **erreicht** (%1)</translation>
    </message>
    <message>
        <source> — not met (OK)</source>
        <translation> — nicht erreicht (OK)</translation>
    </message>
    <message>
        <source> — cannot tell (UNKNOWN)</source>
        <translation> — nicht feststellbar (UNBEKANNT)</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>Alert thresholds stated here: %1</source>
        <translation>Hier genannte Alarmschwellen: %1</translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>Creating demo logs…</source>
        <translation>Erzeuge Demo-Logs …</translation>
    </message>
    <message>
        <source>Cannot create the demo logs: %1</source>
        <translation>Die Demo-Logs können nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Log source: %1</source>
        <translation>Logquelle: %1</translation>
    </message>
    <message>
        <source>Starting the demo backend…</source>
        <translation>Das Demo-Backend startet…</translation>
    </message>
    <message>
        <source>The demo backend could not start: %1</source>
        <translation>Das Demo-Backend konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>not connected: this runbook has no wiring (Settings → Log Source chooses a source)</source>
        <translation>nicht verbunden: Dieses Runbook hat keine Anbindung (Einstellungen → Logquelle wählt eine Quelle)</translation>
    </message>
    <message>
        <source>This program has no local backend for a demo profile; choose another profile</source>
        <translation>Dieses Programm hat kein lokales Backend für ein Demo-Profil; ein anderes Profil wählen</translation>
    </message>
    <message>
        <source>this program has no local backend</source>
        <translation>Dieses Programm hat kein lokales Backend</translation>
    </message>
    <message>
        <source>No demo logs: this program has no local backend (Settings → Log Source chooses a source)</source>
        <translation>Keine Demo-Logs: Dieses Programm hat kein lokales Backend (Einstellungen → Logquelle wählt eine Quelle)</translation>
    </message>
</context>
<context>
    <name>SqlRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown database driver %1</source>
        <translation>unbekannter Datenbanktreiber %1</translation>
    </message>
    <message>
        <source>the Qt Sql driver %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>Keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>the statement does not prepare</source>
        <translation>Die Anweisung lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>the statement failed</source>
        <translation>Die Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a probe only reads: &quot;%1&quot; is not a SELECT</source>
        <translation>Eine Prüfung liest nur: „%1“ ist kein SELECT</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot start a read-only transaction</source>
        <translation>Eine nur lesende Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot preview &quot;%1&quot;: an action is an UPDATE … WHERE or a DELETE FROM … WHERE</source>
        <translation>Keine Vorschau für „%1“: Eine Aktion ist ein UPDATE … WHERE oder ein DELETE FROM … WHERE</translation>
    </message>
    <message>
        <source>the action would change more than %1 rows; narrow it</source>
        <translation>Die Aktion würde mehr als %1 Zeilen ändern; bitte eingrenzen</translation>
    </message>
    <message>
        <source>refused: the action %1 changes data and needs the confirmation token of its preview</source>
        <translation>abgelehnt: Die Aktion %1 ändert Daten und braucht das Bestätigungstoken ihrer Vorschau</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the statement failed; nothing was changed</source>
        <translation>Die Anweisung ist fehlgeschlagen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>rolled back: %1 rows would have changed, the preview showed %2</source>
        <translation>zurückgerollt: %1 Zeilen hätten sich geändert, die Vorschau zeigte %2</translation>
    </message>
    <message>
        <source>the commit failed; nothing was changed</source>
        <translation>Das Commit ist fehlgeschlagen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>connector %1 is a %2, not a database</source>
        <translation>Connector %1 ist ein %2, keine Datenbank</translation>
    </message>
    <message>
        <source>profile %1, connector %2: no SQLite database at %3</source>
        <translation>Profil %1, Connector %2: keine SQLite-Datenbank unter %3</translation>
    </message>
    <message>
        <source>cannot make the probe read-only, so it does not run</source>
        <translation>Die Prüfung lässt sich nicht auf nur lesend stellen, daher läuft sie nicht</translation>
    </message>
    <message>
        <source>refused: the data changed since the preview (or the token is not this action&apos;s) — %1</source>
        <translation>abgelehnt: Die Daten haben sich seit der Vorschau geändert (oder das Token gehört nicht zu dieser Aktion) — %1</translation>
    </message>
    <message>
        <source>reading the rows failed after %1</source>
        <translation>das Lesen der Zeilen schlug nach %1 fehl</translation>
    </message>
</context>
<context>
    <name>StepDetailPanel</name>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>API path</source>
        <translation>API-Pfad</translation>
    </message>
    <message>
        <source>Blob prefix</source>
        <translation>Blob-Präfix</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <translation>&amp;Offen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>Über&amp;sprungen</translation>
    </message>
    <message>
        <source>N/&amp;A</source>
        <translation>&amp;Entfällt</translation>
    </message>
    <message>
        <source>*Select a step.*</source>
        <translation>*Einen Schritt auswählen.*</translation>
    </message>
    <message>
        <source>**Wired to:** nothing yet</source>
        <translation>**Angebunden an:** noch nichts</translation>
    </message>
    <message>
        <source>probe `%1` on %2</source>
        <translation>Prüfung `%1` auf %2</translation>
    </message>
    <message>
        <source>action `%1` on %2 (%3)</source>
        <translation>Aktion `%1` auf %2 (%3)</translation>
    </message>
    <message>
        <source>dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <source>manual — %1</source>
        <translation>manuell — %1</translation>
    </message>
    <message>
        <source>info — %1</source>
        <translation>Info — %1</translation>
    </message>
    <message>
        <source> — *coming in this profile*</source>
        <translation> — *kommt in diesem Profil noch*</translation>
    </message>
    <message>
        <source> — *not wired in profile %1*</source>
        <translation> — *in Profil %1 nicht angebunden*</translation>
    </message>
    <message>
        <source>**Wired to:** %1</source>
        <translation>**Angebunden an:** %1</translation>
    </message>
    <message>
        <source>Run probe…</source>
        <translation>Prüfung ausführen…</translation>
    </message>
    <message>
        <source>Preview and run…</source>
        <translation>Vorschau und ausführen…</translation>
    </message>
    <message>
        <source>Note on this step — what you saw, what you did (stored as you type)</source>
        <translation>Notiz zu diesem Schritt — was Sie gesehen und getan haben (wird beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>value for this incident</source>
        <translation>Wert für diesen Vorfall</translation>
    </message>
    <message>
        <source>start an incident to set it</source>
        <translation>einen Vorfall beginnen, um ihn zu setzen</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands (without prompts and output), with the variables filled in</source>
        <translation>Die Befehle kopieren (ohne Prompts und Ausgabe), mit eingesetzten Variablen</translation>
    </message>
    <message>
        <source>Copy, with the variables filled in</source>
        <translation>Kopieren, mit eingesetzten Variablen</translation>
    </message>
    <message>
        <source>%1 (in the text)</source>
        <translation>%1 (im Text)</translation>
    </message>
</context>
<context>
    <name>StepKinds</name>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>Token invalid: %1</source>
        <translation>Token ungültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>Token valid; %n blob(s) listed</source>
        <translation>
            <numerusform>Token gültig; %n Blob aufgelistet</numerusform>
            <numerusform>Token gültig; %n Blobs aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphan blob(s): not referenced by any profile photo.</source>
        <translation>
            <numerusform>%n verwaister Blob: von keinem Profilfoto referenziert.</numerusform>
            <numerusform>%n verwaiste Blobs: von keinem Profilfoto referenziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No orphan blob under %1: nothing to delete.</source>
        <translation>Kein verwaister Blob unter %1: nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>These %n blob(s) will be deleted.</source>
        <translation>
            <numerusform>Dieser %n Blob wird gelöscht.</numerusform>
            <numerusform>Diese %n Blobs werden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n blob(s) under %1: %2</source>
        <translation>
            <numerusform>%n Blob unter %1 löschen: %2</numerusform>
            <numerusform>%n Blobs unter %1 löschen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing the blob store with the database…</source>
        <translation>Der Blob-Speicher wird mit der Datenbank verglichen…</translation>
    </message>
    <message>
        <source>Deleted %1 of %2…</source>
        <translation>%1 von %2 gelöscht …</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) deleted</source>
        <translation>
            <numerusform>%n Blob gelöscht</numerusform>
            <numerusform>%n Blobs gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>No database connector to compare the blobs with.</source>
        <translation>Kein Datenbank-Connector, mit dem die Blobs verglichen werden könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose blob is missing</source>
        <translation>
            <numerusform>%n Zeile, deren Blob fehlt</numerusform>
            <numerusform>%n Zeilen, deren Blob fehlt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking blob %1 of %2…</source>
        <translation>Blob %1 von %2 wird geprüft…</translation>
    </message>
    <message>
        <source>Running the SELECT…</source>
        <translation>Das SELECT läuft…</translation>
    </message>
    <message>
        <source>%1: the path must start with %2</source>
        <translation>%1: Der Pfad muss mit %2 beginnen</translation>
    </message>
    <message>
        <source>Calls GET %1 — the route does what it does when Vercel calls it.</source>
        <translation>Ruft GET %1 auf — die Route tut, was sie auch beim Aufruf durch Vercel tut.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Latency (median / worst)</source>
        <translation>Latenz (Median / schlechteste)</translation>
    </message>
    <message>
        <source>%1 ms / %2 ms over %3</source>
        <translation>%1 ms / %2 ms über %3</translation>
    </message>
    <message>
        <source>Expected HTTP %1, got %2%3</source>
        <translation>HTTP %1 erwartet, %2%3 erhalten</translation>
    </message>
    <message>
        <source>: the secret does not match</source>
        <translation>: Das Geheimnis stimmt nicht</translation>
    </message>
    <message>
        <source>%1:%2:%3: query &quot;%4&quot;: %5</source>
        <translation>%1:%2:%3: Abfrage „%4“: %5</translation>
    </message>
    <message>
        <source>cannot read the window &quot;%1&quot; (e.g. 1h, 24h, 7d)</source>
        <translation>Das Zeitfenster „%1“ ist nicht lesbar (z. B. 1h, 24h, 7d)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) in the last 24 hours: %1</source>
        <translation>
            <numerusform>%n passende Zeile in den letzten 24 Stunden: %1</numerusform>
            <numerusform>%n passende Zeilen in den letzten 24 Stunden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) in the last %2: %1</source>
        <translation>
            <numerusform>%n passende Zeile in den letzten %2: %1</numerusform>
            <numerusform>%n passende Zeilen in den letzten %2: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>empty: the ids whose blob is missing; or id=…, id=…</source>
        <translation>leer: die IDs, deren Blob fehlt; oder id=…, id=…</translation>
    </message>
    <message>
        <source>parameters: id=ph_001, id=ph_002 (a repeated key runs once per value)</source>
        <translation>Parameter: id=ph_001, id=ph_002 (ein wiederholter Schlüssel läuft einmal je Wert)</translation>
    </message>
    <message>
        <source>%1: ids_from names no blob check</source>
        <translation>%1: ids_from nennt keine Blob-Prüfung</translation>
    </message>
    <message>
        <source>%1 cannot find the ids itself (%2); type them.</source>
        <translation>%1 kann die IDs nicht selbst finden (%2); bitte eingeben.</translation>
    </message>
    <message>
        <source>%1: the rows of %2 have no id column</source>
        <translation>%1: Die Zeilen von %2 haben keine Spalte id</translation>
    </message>
    <message>
        <source>%1: nothing to do; every blob is there</source>
        <translation>%1: nichts zu tun; jeder Blob ist vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed</source>
        <translation>
            <numerusform>%n Zeile geändert</numerusform>
            <numerusform>%n Zeilen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)%1</source>
        <translation>
            <numerusform>%n Zeile%1</numerusform>
            <numerusform>%n Zeilen%1</numerusform>
        </translation>
    </message>
    <message>
        <source> (more than the cap)</source>
        <translation> (mehr als die Obergrenze)</translation>
    </message>
    <message>
        <source> · connected and answered in %1 ms</source>
        <translation> · verbunden, Antwort nach %1 ms</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>This will change exactly these %n row(s).</source>
        <translation>
            <numerusform>Dies ändert genau diese %n Zeile.</numerusform>
            <numerusform>Dies ändert genau diese %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a time (24h, 90m or ISO-8601)</source>
        <translation>„%1“ ist als Zeit nicht lesbar (24h, 90m oder ISO-8601)</translation>
    </message>
    <message>
        <source>this step is a probe; it does not act</source>
        <translation>Dieser Schritt ist eine Prüfung; er handelt nicht</translation>
    </message>
    <message>
        <source>%1 takes no parameter &quot;%2&quot; (it takes: %3)</source>
        <translation>%1 nimmt keinen Parameter „%2“ (er nimmt: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation>%1: %2 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>connector %1 needs app_id and endpoint_id</source>
        <translation>Connector %1 braucht app_id und endpoint_id</translation>
    </message>
    <message>
        <source>Failed deliveries since:</source>
        <translation>Fehlgeschlagene Zustellungen seit:</translation>
    </message>
    <message>
        <source>Recover every failed message since then (Svix resends them) instead of the ticked ones</source>
        <translation>Jede seitdem fehlgeschlagene Nachricht wiederherstellen (Svix sendet sie erneut) statt der angehakten</translation>
    </message>
    <message>
        <source>Asking Svix for the failed deliveries…</source>
        <translation>Frage Svix nach den fehlgeschlagenen Zustellungen …</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery attempt(s) since %1</source>
        <translation>
            <numerusform>%n fehlgeschlagener Zustellversuch seit %1</numerusform>
            <numerusform>%n fehlgeschlagene Zustellversuche seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing to resend; no failed delivery since %2</source>
        <translation>%1: nichts erneut zu senden; seit %2 keine fehlgeschlagene Zustellung</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>recover since %1 (%n message(s))</source>
        <translation>
            <numerusform>seit %1 wiederherstellen (%n Nachricht)</numerusform>
            <numerusform>seit %1 wiederherstellen (%n Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>resend %1</source>
        <translation>%1 erneut senden</translation>
    </message>
    <message>
        <source>recover task: %1</source>
        <translation>Wiederherstellungsauftrag: %1</translation>
    </message>
    <message numerus="yes">
        <source>recover finished: %n failed attempt(s) resent by Svix</source>
        <translation>
            <numerusform>Wiederherstellung fertig: %n fehlgeschlagener Versuch von Svix erneut gesendet</numerusform>
            <numerusform>Wiederherstellung fertig: %n fehlgeschlagene Versuche von Svix erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>resent %1/%2</source>
        <translation>erneut gesendet %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) resent</source>
        <translation>
            <numerusform>%n Nachricht erneut gesendet</numerusform>
            <numerusform>%n Nachrichten erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Stripe…</source>
        <translation>Stripe wird gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) with a failed webhook delivery since %1</source>
        <translation>
            <numerusform>%n Ereignis mit fehlgeschlagener Webhook-Zustellung seit %1</numerusform>
            <numerusform>%n Ereignisse mit fehlgeschlagener Webhook-Zustellung seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3: the binding has no query</source>
        <translation>%1:%2: %3: Die Bindung hat keine Abfrage</translation>
    </message>
    <message>
        <source>the query needs %1: set them on the incident (Variables) first</source>
        <translation>Die Abfrage braucht %1: zuerst beim Vorfall setzen (Variablen)</translation>
    </message>
    <message>
        <source>cannot read the window &quot;%1&quot; (e.g. 15m, 1h, 24h)</source>
        <translation>Das Zeitfenster „%1“ ist nicht lesbar (z. B. 15m, 1h, 24h)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>no series: the query matched nothing now</source>
        <translation>keine Zeitreihe: Die Abfrage passt jetzt auf nichts</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n Zeitreihe</numerusform>
            <numerusform>%n Zeitreihen</numerusform>
        </translation>
    </message>
    <message>
        <source> (Prometheus warns: %1)</source>
        <translation> (Prometheus warnt: %1)</translation>
    </message>
    <message>
        <source> (no sparkline: %1)</source>
        <translation> (kein Verlaufsdiagramm: %1)</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>the wiring has no profile %1</source>
        <translation>Die Anbindung hat kein Profil %1</translation>
    </message>
    <message>
        <source>%1 is not bound to a probe or an action in %2</source>
        <translation>%1 ist in %2 an keine Prüfung und keine Aktion gebunden</translation>
    </message>
    <message>
        <source>%1: the procedure %2 has no bound action</source>
        <translation>%1: Die Prozedur %2 hat keine gebundene Aktion</translation>
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation>Profil %1 hat keinen Connector %2</translation>
    </message>
    <message>
        <source>%1 (%2 on %3) is not available in this build yet</source>
        <translation>%1 (%2 auf %3) ist in dieser Version noch nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 is not among what the preview found now</source>
        <translation>%1 ist nicht unter dem, was die Vorschau jetzt gefunden hat</translation>
    </message>
    <message>
        <source>refused: %1 is destructive on the protected profile %2; confirm with the profile&apos;s name (%2)</source>
        <translation>abgelehnt: %1 ist zerstörend im geschützten Profil %2; mit dem Namen des Profils bestätigen (%2)</translation>
    </message>
    <message>
        <source>refused: preview first, then run with the preview&apos;s token</source>
        <translation>abgelehnt: zuerst die Vorschau, dann mit dem Token der Vorschau ausführen</translation>
    </message>
    <message>
        <source>refused: %1 is no longer in the list that was previewed</source>
        <translation>abgelehnt: %1 steht nicht mehr in der Liste aus der Vorschau</translation>
    </message>
    <message>
        <source>Not run: the intent could not be recorded (%1)</source>
        <translation>Nicht ausgeführt: Die Absicht konnte nicht festgehalten werden (%1)</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the incident store address is empty</source>
        <translation>Die Adresse des Vorfallspeichers ist leer</translation>
    </message>
    <message>
        <source>%1 is not a local file address</source>
        <translation>%1 ist keine lokale Dateiadresse</translation>
    </message>
    <message>
        <source>this build cannot open an incident store at %1: &quot;%2://&quot; is not a kind of store it knows (a file path, or postgresql://user@host/database)</source>
        <translation>Diese Version kann keinen Vorfallspeicher unter %1 öffnen: „%2://“ ist keine bekannte Art von Speicher (ein Dateipfad oder postgresql://user@host/datenbank)</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address (%2)</source>
        <translation>%1 ist keine gültige PostgreSQL-Adresse (%2)</translation>
    </message>
    <message>
        <source>the store address holds a password; leave it out and keep it in the keychain (Settings → Incident store), PGPASSWORD or ~/.pgpass</source>
        <translation>Die Speicheradresse enthält ein Passwort; lassen Sie es weg und bewahren Sie es im Schlüsselbund auf (Einstellungen → Vorfallspeicher), in PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>%1: the database name &quot;%2&quot; holds a &quot;/&quot;</source>
        <translation>%1: Der Datenbankname „%2“ enthält ein „/“</translation>
    </message>
    <message>
        <source>the store address holds a password; use password=keychain:SERVICE/ACCOUNT or env:NAME, or leave it out (Settings → Incident store, PGPASSWORD, ~/.pgpass)</source>
        <translation>Die Speicheradresse enthält ein Passwort; password=keychain:DIENST/KONTO oder env:NAME verwenden oder es weglassen (Einstellungen → Vorfallspeicher, PGPASSWORD, ~/.pgpass)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a connection parameter the store accepts (%3)</source>
        <translation>%1: „%2“ ist kein Verbindungsparameter, den der Speicher annimmt (%3)</translation>
    </message>
    <message>
        <source>%1: the value of %2 holds spaces, quotes or &quot;;&quot;</source>
        <translation>%1: Der Wert von %2 enthält Leerzeichen, Anführungszeichen oder „;“</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>On this computer (a file)</source>
        <translation>Auf diesem Rechner (eine Datei)</translation>
    </message>
    <message>
        <source>Team store (PostgreSQL), shared with the other responders</source>
        <translation>Team-Speicher (PostgreSQL), gemeinsam mit den anderen Bearbeitern</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Incident Store</source>
        <translation>Vorfallspeicher</translation>
    </message>
    <message>
        <source>kept in the keychain; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>im Schlüsselbund gespeichert; leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Incident Store File</source>
        <translation>Datei des Vorfallspeichers</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite)</source>
        <translation>SQLite-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>A team store keeps every responder&apos;s steps, notes, evidence and actions in one PostgreSQL database; changes show in every window within a second. While it cannot be reached, changes are kept here and sent when it is back. TLS is checked as libpq does it (sslmode=verify-full for another host unless the address says otherwise).</source>
        <translation>Ein Team-Speicher hält Schritte, Notizen, Belege und Aktionen aller Bearbeiter in einer PostgreSQL-Datenbank; Änderungen erscheinen binnen einer Sekunde in jedem Fenster. Ist er nicht erreichbar, bleiben Änderungen hier und werden gesendet, sobald er wieder da ist. TLS wird wie von libpq geprüft (sslmode=verify-full für einen anderen Rechner, sofern die Adresse nichts anderes sagt).</translation>
    </message>
    <message>
        <source>a team store&apos;s address starts with postgresql://</source>
        <translation>die Adresse eines Team-Speichers beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>eine Datei wählen</translation>
    </message>
    <message>
        <source>that is a team store&apos;s address; choose &quot;Team store&quot;</source>
        <translation>das ist die Adresse eines Team-Speichers; „Team-Speicher“ wählen</translation>
    </message>
    <message>
        <source>No keychain is available to keep the password; use PGPASSWORD or ~/.pgpass.</source>
        <translation>Kein Schlüsselbund für das Passwort verfügbar; PGPASSWORD oder ~/.pgpass verwenden.</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: schema %1, %n incident(s).</source>
        <translation>
            <numerusform>Verbunden: Schema %1, %n Vorfall.</numerusform>
            <numerusform>Verbunden: Schema %1, %n Vorfälle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreListener</name>
    <message>
        <source>%1 is not a team store; there is nothing to listen to</source>
        <translation>%1 ist kein Team-Speicher; es gibt nichts zu belauschen</translation>
    </message>
    <message>
        <source>cannot listen to the team store %1: %2</source>
        <translation>Auf den Team-Speicher %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>the team store %1 cannot be reached</source>
        <translation>Der Team-Speicher %1 ist nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>StripeClient</name>
    <message>
        <source>Stripe: %1: %2 (HTTP %3)</source>
        <translation>Stripe: %1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Stripe: malformed reply to %1 (%2 at offset %3)</source>
        <translation>Stripe: fehlerhafte Antwort auf %1 (%2 bei Position %3)</translation>
    </message>
    <message>
        <source>Stripe: the reply to %1 has no &quot;data&quot; list</source>
        <translation>Stripe: Die Antwort auf %1 hat keine „data“-Liste</translation>
    </message>
</context>
<context>
    <name>SvixClient</name>
    <message>
        <source>Svix: %1: %2 (HTTP %3)</source>
        <translation>Svix: %1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Svix: malformed reply to %1 (%2 at offset %3)</source>
        <translation>Svix: fehlerhafte Antwort auf %1 (%2 bei Position %3)</translation>
    </message>
    <message>
        <source>Svix: the reply to %1 has no &quot;data&quot; list</source>
        <translation>Svix: Die Antwort auf %1 hat keine „data“-Liste</translation>
    </message>
    <message numerus="yes">
        <source>Svix: cancelled after %n message(s) resent</source>
        <translation>
            <numerusform>Svix: abgebrochen, nachdem %n Nachricht erneut gesendet wurde</numerusform>
            <numerusform>Svix: abgebrochen, nachdem %n Nachrichten erneut gesendet wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (message %2; %n resent before it)</source>
        <translation>
            <numerusform>%1 (Nachricht %2; %n davor erneut gesendet)</numerusform>
            <numerusform>%1 (Nachricht %2; %n davor erneut gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>recover: no valid time to recover from</source>
        <translation>recover: keine gültige Zeit, ab der wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Svix: the reply to %1 names no task (id and status expected)</source>
        <translation>Svix: Die Antwort auf %1 nennt keinen Auftrag (id und status erwartet)</translation>
    </message>
    <message>
        <source>Svix: the recover task %1 failed</source>
        <translation>Svix: Der Wiederherstellungsauftrag %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Svix: the recover task %1 was still running after %2 s; it goes on at Svix (see its dashboard)</source>
        <translation>Svix: Der Wiederherstellungsauftrag %1 lief nach %2 s noch; er läuft bei Svix weiter (siehe dessen Dashboard)</translation>
    </message>
    <message>
        <source>Svix: stopped waiting for the recover task %1 (it goes on at Svix)</source>
        <translation>Svix: Warten auf den Wiederherstellungsauftrag %1 beendet (er läuft bei Svix weiter)</translation>
    </message>
    <message>
        <source>Svix: unexpected task status &quot;%1&quot; for %2</source>
        <translation>Svix: unerwarteter Auftragsstatus „%1“ für %2</translation>
    </message>
    <message>
        <source>refused: resending webhooks needs the token of the list that was previewed — %1</source>
        <translation>abgelehnt: Erneutes Senden von Webhooks braucht das Token der Liste aus der Vorschau — %1</translation>
    </message>
    <message>
        <source>refused: recovering webhooks needs the token of the list that was previewed (the failed messages may have changed; preview again) — %1</source>
        <translation>abgelehnt: Wiederherstellen von Webhooks braucht das Token der Liste aus der Vorschau (die fehlgeschlagenen Nachrichten können sich geändert haben; Vorschau erneut anzeigen) — %1</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>its rules are critical</source>
        <translation>seine Regeln sind kritisch</translation>
    </message>
    <message>
        <source>its rules warn</source>
        <translation>seine Regeln warnen</translation>
    </message>
    <message>
        <source>next in the runbook</source>
        <translation>als Nächstes im Runbook</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points to it</source>
        <translation>%1: %2 von %3 verweist darauf</translation>
    </message>
</context>
<context>
    <name>UrlPath</name>
    <message>
        <source>the path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>Der Pfad „%1“ beginnt nicht mit „/“</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; holds an encoded &quot;/&quot; or a &quot;\&quot;; it could reach another route than the one checked</source>
        <translation>Der Pfad „%1“ enthält ein kodiertes „/“ oder ein „\“; er könnte eine andere Route erreichen als die geprüfte</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is not valid UTF-8 once decoded</source>
        <translation>Der Pfad „%1“ ist nach dem Dekodieren kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is encoded twice (a &quot;%&quot; is left after decoding)</source>
        <translation>Der Pfad „%1“ ist doppelt kodiert (nach dem Dekodieren bleibt ein „%“)</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; holds a control character</source>
        <translation>Der Pfad „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; climbs above the root</source>
        <translation>Der Pfad „%1“ steigt über die Wurzel hinaus</translation>
    </message>
</context>
<context>
    <name>VercelBlobClient</name>
    <message>
        <source>Vercel Blob: %1: %2 (HTTP %3)</source>
        <translation>Vercel Blob: %1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Vercel Blob: malformed list reply (%1 at offset %2)</source>
        <translation>Vercel Blob: fehlerhafte Listenantwort (%1 bei Position %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n deleted)</source>
        <translation>
            <numerusform>%1 (nachdem %n gelöscht wurde)</numerusform>
            <numerusform>%1 (nachdem %n gelöscht wurden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vercel Blob: the list reply repeats its cursor; stopped after %1 blobs</source>
        <translation>Vercel Blob: Die Listenantwort wiederholt ihren Cursor; nach %1 Blobs abgebrochen</translation>
    </message>
</context>
<context>
    <name>VercelCrons</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: &quot;crons&quot; is not a list</source>
        <translation>%1: „crons“ ist keine Liste</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>%1: crons[%2] needs a &quot;path&quot; and a &quot;schedule&quot;</source>
        <translation>%1: crons[%2] braucht „path“ und „schedule“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB; not a vercel.json</source>
        <translation>%1: größer als 4 MiB; keine vercel.json</translation>
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>profile %1, connector %2, %3</source>
        <translation>Profil %1, Connector %2, %3</translation>
    </message>
    <message>
        <source>%1: not set in the wiring</source>
        <translation>%1: in der Anbindung nicht gesetzt</translation>
    </message>
    <message>
        <source>profile %1, connector %2</source>
        <translation>Profil %1, Connector %2</translation>
    </message>
    <message>
        <source>connector %1 has no usable base_url</source>
        <translation>Connector %1 hat keine brauchbare base_url</translation>
    </message>
    <message>
        <source>the path &quot;%1&quot; is not in normal form (it reads as %2)</source>
        <translation>Der Pfad „%1“ ist nicht in Normalform (er liest sich als %2)</translation>
    </message>
</context>
<context>
    <name>WiringCoverage</name>
    <message>
        <source>steps bound: %1/%2 (%3 probes, %4 actions, %5 links, %6 manual/info)</source>
        <translation>Gebundene Schritte: %1/%2 (%3 Prüfungen, %4 Aktionen, %5 Links, %6 manuell/Info)</translation>
    </message>
</context>
<context>
    <name>WiringLoader</name>
    <message>
        <source>cannot read the wiring file: %1</source>
        <translation>Die Anbindungsdatei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Walk an incident through a Markdown runbook.</source>
        <translation>Einen Vorfall Schritt für Schritt durch ein Markdown-Runbook führen.</translation>
    </message>
    <message>
        <source>The runbook to open (default: the shipped one).</source>
        <translation>Das zu öffnende Runbook (Standard: das mitgelieferte).</translation>
    </message>
    <message>
        <source>Incident to open.</source>
        <translation>Zu öffnender Vorfall.</translation>
    </message>
    <message>
        <source>Wiring profile to start in.</source>
        <translation>Anbindungsprofil, mit dem gestartet wird.</translation>
    </message>
    <message>
        <source>Incident store: a file, or a team store (postgresql://user@host/database).</source>
        <translation>Vorfallspeicher: eine Datei oder ein Team-Speicher (postgresql://user@host/datenbank).</translation>
    </message>
</context>
</TS>
