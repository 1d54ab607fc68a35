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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protected profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previewing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>**%1** on %2 (%3) · risk: **%4**</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview again: the parameters changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview again: the time changed.</source>
        <translation>Erneut Vorschau anzeigen: Der Zeitpunkt hat sich geändert.</translation>
    </message>
    <message>
        <source>Preview again: the choice changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the parameters, then Preview.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: the token is not the one of this preview (or what it showed has changed); preview again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>refused: the preview's token has expired (after %n minute(s)); preview again</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>refused: cannot check the token (%1 is locked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: this token was used already; preview again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: cannot record the token as used: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlobCheck</name>
    <message>
        <source>%1: "from" names no SQL probe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BlobCleanup</name>
    <message>
        <source>refused: deleting blobs needs the token of the list that was previewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: profile_photos references more than %1 blobs; the orphans cannot be told apart safely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: the orphans are not the list that was previewed — %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>%1: not a change (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder for the change journal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the change journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change journal is not open</source>
        <translation>das Änderungsjournal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot keep the change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the change journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, change %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot update the change journal %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot keep the draft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, draft %2</source>
        <translation type="unfinished" />
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
        <source>%1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step's text changed since it was recorded.</source>
        <translation>Der Text dieses Schritts hat sich seit der Erfassung geändert.</translation>
    </message>
    <message>
        <source>Step %1, %2</source>
        <translation>Schritt %1, %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>This step's text changed since it was recorded; it read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatadogLogSource</name>
    <message>
        <source>Datadog aggregate: malformed reply (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datadog timed out computing "%1"; its count is partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datadog search: malformed reply (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": only the most recent events were read for the extracted number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datadog needs an API key and an application key: api_key and app_key in the wiring's connector, or DD_API_KEY and DD_APP_KEY for a source given as datadog:URL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatadogQueryWriter</name>
    <message>
        <source>Datadog cannot search '[' or ']' inside a message: "%1" is matched on its words there; fetched events are filtered exactly.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>HttpProbe</name>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>refused: calling %1 needs the token of its preview — %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpRequester</name>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: secure connection failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2%3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>%1 — outcome unknown: no outcome was recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an incident id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status "%1" (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not SEV1 … SEV4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown state "%1" (pending, done, skipped, n/a)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence %1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number from 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>follow-up %1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentChange</name>
    <message>
        <source>change.%1: expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change.id: expected a change id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change.kind: "%1" is not a kind of change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change.at: expected an ISO-8601 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change.args: expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change.base.%1: expected a number</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>• “%1” (was %2) — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; note: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %n recorded step(s) no longer in the runbook (kept in the record and the export):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Evidence %1%2 — %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (pinned)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more row(s) not kept</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, SHA-256 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>the runbook has changed since this incident was opened (now %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 steps done, %3 skipped, %4 not applicable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No summary yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No impact recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity and status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to first action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule breached while the incident was open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First breach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value then</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worst value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — %1 by %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (evidence %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ the step's text changed since this was recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps no longer in the runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No action was run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No root cause recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-ups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished">%1: %2: {1,?}</translation>
    </message>
    <message>
        <source>Incident notes made by Runbook Assistant at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON object (an incident exported with --format json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format: expected "%1" (an incident exported with --format json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version: expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version: %1 was written by a newer version (this program reads up to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version: %1 is not a version of this format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incident: missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>_Incident notes made by Runbook Assistant at %1._
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded steps (the runbook could not be read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incomplete record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incident store is damaged: this report holds what could be read. Missing or incomplete: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ the step's text changed since this was recorded; it read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (was `%2`)</source>
        <translation type="unfinished" />
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
        <source>Incident "%1" opened</source>
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder for the incident store %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the incident store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the incident store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store %1 was written by a newer version (schema %2, this program knows %3); it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store %1 is read-only and needs an upgrade; it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the incident store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot upgrade the incident store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot upgrade the incident store to schema %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident "%1" opened on runbook "%2"</source>
        <translation>Vorfall „%1“ zum Runbook „%2“ eröffnet</translation>
    </message>
    <message>
        <source>cannot list incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incident id %1 is ambiguous (%2, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 marked %2</source>
        <translation>Schritt %1 als %2 markiert</translation>
    </message>
    <message>
        <source>cannot record the note</source>
        <translation type="unfinished" />
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
        <source>cannot change the incident's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident resolved</source>
        <translation>Vorfall gelöst</translation>
    </message>
    <message>
        <source>cannot rename the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renamed to "%1"</source>
        <translation>Umbenannt in „%1“</translation>
    </message>
    <message>
        <source>cannot record the metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About to run %1 with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finished in %2 ms: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 went from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to run %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a variable name (A–Z, 0–9 and _, starting with a letter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value of %1 is too long (%2 characters; at most 4096)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot set the variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a severity (SEV1, SEV2, SEV3 or SEV4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is too long (%1 characters; at most 100000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot change the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incident commander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident commander: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a follow-up needs a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add the follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up %1 added: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (owner %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident has no follow-up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot change the follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up %1 done: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up %1 reopened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up %1 changed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot remove the follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up %1 removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot attach the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence %1 (%2 %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident has no evidence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot change the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unpinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back in the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left out of the report (kept in the record)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence E%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the step %1 has no evidence %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 marked done — evidence E%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot import the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store already holds an incident %1; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name another incident commander</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the team store %2 cannot be reached (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an incident id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident "%1" opened</source>
        <translation>Vorfall „%1“ eröffnet</translation>
    </message>
    <message>
        <source>resolve the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the note on step %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this build cannot reach a PostgreSQL store: Qt's PostgreSQL driver (QPSQL, package libqt6sql6-psql) is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store's password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the incident store's password from the keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the team store %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot prepare the team store %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the team store %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team store %1 was written by a newer version (schema %2, this program knows %3); it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team store %1 is opened read-only and needs an upgrade; it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the incident commander (%1) can %2; %3 cannot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot share the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2 to "%3" meanwhile; your change to "%4" was not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's change of %2 to "%3" was not applied: %4 had changed it to "%5"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's edit of %2, not applied because %3 had changed it meanwhile:
%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot keep the conflicting edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed %2 while you were editing it; their text stays, yours is kept as an incident note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict: %1's edit of %2 kept as a note (%3 had changed it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a step state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a status (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a field of the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a kind of change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record who has the incident open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 opened the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read who has the incident open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store %1 is damaged (%2) and needs an upgrade; it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident store %1 is damaged (%2); nothing more is written to it, so the change was not recorded. Export the incidents (what can be read) and continue in a new store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the step states and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the timeline entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the metric values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the incident variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>who has an incident open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its structure (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainBackend</name>
    <message>
        <source>the keychain did not answer (locked?)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>no log source</source>
        <translation>keine Logquelle</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in the window, computed %2 from %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
X: last %1, sum %2, min %3, max %4</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> · %n line(s) skipped</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Custom window</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Look back how far? (e.g. 90m, 6h, 3d)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Alert threshold:** %1 — warning %2, critical %3

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This query cannot be written in LogQL</source>
        <translation>Diese Abfrage lässt sich nicht in LogQL ausdrücken</translation>
    </message>
    <message>
        <source>**Metrics** — *not computed: no metrics for this section in the wiring*

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metrics updated %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) over %1: %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>this combination of conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT around a group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot translate to LogQL: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogQueryParser</name>
    <message>
        <source>unexpected ')' at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected '%1' at column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'OR' at column %1 has nothing after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'AND' at column %1 has nothing after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'NOT' at column %1 has nothing after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing term at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unclosed parenthesis at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unclosed quote at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>escape at the end of the query at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing attribute name at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing value after '%1:' at column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty value list at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 'TO' in the range at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unclosed range at column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the query nests deeper than %1 levels (parentheses, value groups or NOT) at column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' at column %2 has nothing before it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogScanEngine</name>
    <message>
        <source>malformed JSON (%1 at column %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no readable "%1" field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot compile the query literals: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot allocate scan memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no log files in this directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: read error at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: gzip data is damaged at compressed offset %2 (%3); counts so far are partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: gzip stream is truncated at compressed offset %2; counts so far are partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and were skipped</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: needs a base URL such as %1:https://api.datadoghq.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown log source "%1" (use file:PATH, datadog:BASE_URL or loki:BASE_URL)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 has no log source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1, connector %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not available yet (status: coming)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log source %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LokiLogSource</name>
    <message>
        <source>Loki: malformed reply (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loki: unexpected reply (not a %1)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous Section</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;Checklist</source>
        <translation>&amp;Checkliste fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Focus &amp;Sections</source>
        <translation>&amp;Abschnitte fokussieren</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <source>Environment profile of the runbook's wiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Secrets…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The wiring %1 has %n problem(s); what works keeps working. First: line %2: %3</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — protected profile: changes here touch real systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the queries and evaluate the alert rules now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Window: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evaluate the alert rules on their own this often (backs off while the source fails)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules evaluated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset Demo Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the demo database, blob store and logs back to their starting state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the demo database, blob store and logs back to their starting state? Changes made by demo actions are lost; incidents and notes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo data could not be reset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data reset to its starting state</source>
        <translation type="unfinished" />
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
        <source>the profile's log source</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log source failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no runs expected in the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data: nothing to divide by in the last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data: no matching line in the last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no log source in this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not wired: no metric judges this row (rules: in the wiring)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wiring names a metric "%1" that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the log source failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connector %1 is not available in this profile yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data: the query gave no number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data: %1 has no number at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read by calling %1, which runs it: ask for it (Read Route Metrics, or check --run-routes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as read at %1; read again with Read Route Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 %3: %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source> + %n more</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>the query "%1" does not parse: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>warn %1 · crit %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on request</source>
        <translation>auf Anfrage</translation>
    </message>
</context>
<context>
    <name>MissingBlobs</name>
    <message>
        <source>the query has no column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled; nothing was marked</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>longer than 1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an ISO-8601 time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the runbook is empty</source>
        <translation>das Runbook ist leer</translation>
    </message>
    <message>
        <source>this is not a text file (binary data at line %1); not a Markdown runbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid UTF-8 (first at line %1); shown with replacement characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no headings: the whole document is read as one checklist</source>
        <translation>keine Überschriften: das ganze Dokument wird als eine Checkliste gelesen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>section "%1" is empty</source>
        <translation>Abschnitt „%1“ ist leer</translation>
    </message>
    <message>
        <source>duplicate section title "%1" (first at line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>section numbering jumps from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code fence opened here is never closed</source>
        <translation>der hier geöffnete Codeblock wird nie geschlossen</translation>
    </message>
    <message>
        <source>step numbering jumps from %1 to %2</source>
        <translation>Schrittnummerierung springt von %1 auf %2</translation>
    </message>
    <message>
        <source>step number %1 repeats or goes backwards (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty list item in section "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Query %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threshold row does not parse: the metric cell is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threshold row "%1" does not parse: the %2 cell is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>threshold row "%1" does not parse: cannot read %2 value "%3" (expected e.g. "&gt; 10" or "&gt; 20% of total")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lists or quotes nest deeper than %1 levels at line %2; what is deeper is read as part of level %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heading level jumps from %1 to %2; read as a sub-heading of "%3"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>code block not indented under its list item; read as part of step %1 (indent it to keep the list together)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> query</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>front matter: %1 (its keys are ignored)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a keychain reference (keychain:SERVICE/ACCOUNT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no keychain is available for %2 (use env: instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: keychain %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: demo: secrets are for the demo backend on this machine only, not for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: demo: secrets are for the demo backend on this machine only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a secret must be a reference (env:NAME, keychain:SERVICE/ACCOUNT or, for the demo, demo:NAME)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: sslmode "%2" is not one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sslmode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sslmode %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a protected profile's database connection must be encrypted; with %2 the password could cross the network in clear text. Set sslmode: verify-full (or require)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is not this machine; with %3 the password could cross the network in clear text. Set sslmode: verify-full (or require)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: credentials go over https only (or to this machine), not to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SecretsDialog</name>
    <message>
        <source>Secrets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New value for the selected keychain entry (never shown again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secrets are referenced by the wiring file, never written into it. env: references come from the environment; keychain: references can be stored here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a keychain: reference; env: references are set in the environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a value first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available on this system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not store it: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3%4</source>
        <translation type="unfinished">%1: %3%4 {1 %2:?}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 is not wired (add it to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — **met** (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — not met (OK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — cannot tell (UNKNOWN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert thresholds stated here: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the demo backend…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo backend could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected: this runbook has no wiring (Settings → Log Source chooses a source)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo backend is not part of this program; choose another profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the demo is not part of this program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the demo logs: the demo is not part of this program (Settings → Log Source chooses a source)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Qt Sql driver %1 is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the statement does not prepare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the statement failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a probe only reads: "%1" is not a SELECT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a read-only transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot preview "%1": an action is an UPDATE … WHERE or a DELETE FROM … WHERE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the action would change more than %1 rows; narrow it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: the action %1 changes data and needs the confirmation token of its preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the statement failed; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rolled back: %1 rows would have changed, the preview showed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the commit failed; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connector %1 is a %2, not a database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1, connector %2: no SQLite database at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make the probe read-only, so it does not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: the data changed since the preview (or the token is not this action's) — %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>probe `%1` on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action `%1` on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dashboard %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manual — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>info — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — *coming in this profile*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — *not wired in profile %1*</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>**Wired to:** %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run probe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview and run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note on this step — what you saw, what you did (stored as you type)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>value for this incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start an incident to set it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the commands (without prompts and output), with the variables filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy, with the variables filled in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepKinds</name>
    <message>
        <source>Listing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token invalid: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Token valid; %n blob(s) listed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphan blob(s): not referenced by any profile photo.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No orphan blob under %1: nothing to delete.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>These %n blob(s) will be deleted.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n blob(s) under %1: %2</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Comparing the blob store with the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1 of %2…</source>
        <translation>%1 von %2 gelöscht …</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) deleted</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No database connector to compare the blobs with.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) whose blob is missing</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Checking blob %1 of %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running the SELECT…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the path must start with %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (median / worst)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms / %2 ms over %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected HTTP %1, got %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: the secret does not match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2:%3: query "%4": %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the window "%1" (e.g. 1h, 24h, 7d)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) in the last %2: %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the ids whose blob is missing; or id=…, id=…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>parameters: id=ph_001, id=ph_002 (a repeated key runs once per value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: ids_from names no blob check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot find the ids itself (%2); type them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the rows of %2 have no id column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: nothing to do; every blob is there</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) changed</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)%1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source> (more than the cap)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · connected and answered in %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This will change exactly these %n row(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>cannot read "%1" as a time (24h, 90m or ISO-8601)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this step is a probe; it does not act</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes no parameter "%2" (it takes: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is given twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connector %1 needs app_id and endpoint_id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed deliveries since:</source>
        <translation>Fehlgeschlagene Zustellungen seit:</translation>
    </message>
    <message>
        <source>Recover every failed message since then (Svix resends them) instead of the ticked ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking Svix for the failed deliveries…</source>
        <translation>Frage Svix nach den fehlgeschlagenen Zustellungen …</translation>
    </message>
    <message numerus="yes">
        <source>%n failed delivery attempt(s) since %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: nothing to resend; no failed delivery since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>recover since %1 (%n message(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>resend %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recover task: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>recover finished: %n failed attempt(s) resent by Svix</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>resent %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) resent</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Asking Stripe…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s) with a failed webhook delivery since %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StepRunner</name>
    <message>
        <source>the wiring has no profile %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not bound to a probe or an action in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the procedure %2 has no bound action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 has no connector %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 on %3) is not available in this build yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not among what the preview found now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1 is destructive on the protected profile %2; confirm with the profile's name (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: preview first, then run with the preview's token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1 is no longer in the list that was previewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not run: the intent could not be recorded (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>the incident store address is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a local file address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this build cannot open an incident store at %1: "%2://" is not a kind of store it knows (a file path, or postgresql://user@host/database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store address holds a password; leave it out and keep it in the keychain (Settings → Incident store), PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the database name "%2" holds a "/"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store address holds a password; use password=keychain:SERVICE/ACCOUNT or env:NAME, or leave it out (Settings → Incident store, PGPASSWORD, ~/.pgpass)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a connection parameter the store accepts (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the value of %2 holds spaces, quotes or ";"</source>
        <translation type="unfinished" />
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
        <source>A team store keeps every responder's steps, notes, evidence and actions in one PostgreSQL database; changes show in every window within a second. While it cannot be reached, changes are kept here and sent when it is back. TLS is checked as libpq does it (sslmode=verify-full for another host unless the address says otherwise).</source>
        <translation>Ein Team-Speicher hält Schritte, Notizen, Belege und Aktionen aller Bearbeiter in einer PostgreSQL-Datenbank; Änderungen erscheinen binnen einer Sekunde in jedem Fenster. Ist er nicht erreichbar, bleiben Änderungen hier und werden gesendet, sobald er wieder da ist. TLS wird wie von libpq geprüft (sslmode=verify-full für einen anderen Rechner, sofern die Adresse nichts anderes sagt).</translation>
    </message>
    <message>
        <source>a team store's address starts with postgresql://</source>
        <translation>die Adresse eines Team-Speichers beginnt mit postgresql://</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>eine Datei wählen</translation>
    </message>
    <message>
        <source>that is a team store's address; choose "Team store"</source>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot listen to the team store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team store %1 cannot be reached</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StripeClient</name>
    <message>
        <source>Stripe: %1: %2 (HTTP %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe: malformed reply to %1 (%2 at offset %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stripe: the reply to %1 has no "data" list</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SvixClient</name>
    <message>
        <source>Svix: %1: %2 (HTTP %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: malformed reply to %1 (%2 at offset %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: the reply to %1 has no "data" list</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Svix: cancelled after %n message(s) resent</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (message %2; %n resent before it)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>recover: no valid time to recover from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: the reply to %1 names no task (id and status expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: the recover task %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: the recover task %1 was still running after %2 s; it goes on at Svix (see its dashboard)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: stopped waiting for the recover task %1 (it goes on at Svix)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Svix: unexpected task status "%1" for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: resending webhooks needs the token of the list that was previewed — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: recovering webhooks needs the token of the list that was previewed (the failed messages may have changed; preview again) — %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>its rules warn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next in the runbook</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UrlPath</name>
    <message>
        <source>the path "%1" does not start with "/"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" holds an encoded "/" or a "\"; it could reach another route than the one checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" is not valid UTF-8 once decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" is encoded twice (a "%" is left after decoding)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" holds a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" climbs above the root</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VercelBlobClient</name>
    <message>
        <source>Vercel Blob: %1: %2 (HTTP %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vercel Blob: malformed list reply (%1 at offset %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (after %n deleted)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
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
        <translation type="unfinished">%1: %4 {1:%2:%3:?}</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "crons" is not a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: crons[%2] needs a "path" and a "schedule"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: larger than 4 MiB; not a vercel.json</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhookChecks::EndpointCheck</name>
    <message>
        <source>%n webhook endpoint(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>webhook route: HTTP %1 · median %2 ms · worst %3 ms over %4 tries · %5 the %6 ms timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OVER</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wiring</name>
    <message>
        <source>profile %1, connector %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not set in the wiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1, connector %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connector %1 has no usable base_url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the path "%1" is not in normal form (it reads as %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WiringCoverage</name>
    <message>
        <source>steps bound: %1/%2 (%3 probes, %4 actions, %5 links, %6 manual/info)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WiringLoader</name>
    <message>
        <source>%1: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected a text value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: this looks like a secret written into the file; use env:NAME or keychain:SERVICE/ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wiring file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the wiring file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key "%1" (known: version, default_profile, profiles, bindings, metrics, rules)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version: this program reads version 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no profiles: add at least one under "profiles"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profiles: duplicate profile "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default_profile: there is no profile "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bindings: "%1" is bound twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bindings.%1: no profile has a connector "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.protected: expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.color: expected a colour such as "#c53030"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.connectors: duplicate connector "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing "kind"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.kind: unknown connector kind "%2" (known: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.status: expected coming or ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key "%2" for a %3 connector (known: %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a secret must be a reference (env:NAME or keychain:SERVICE/ACCOUNT), not a literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the runbook has no section, step, monitor, metric, threshold or query with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key "%2" (a binding is one of probe, action, link, manual, info)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a binding has exactly one of probe, action, link, manual, info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: say in one line why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing "type"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: missing "connector"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a binding needs one of probe, action, link, manual, info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the wiring file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metrics: duplicate metric "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules.%1: the runbook has no threshold row with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules.%1: there is no metric "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: expected a list of { pattern: … } or { query: … }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: each item is { pattern: TEXT } or { query: TEXT }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.kind: unknown metric kind "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.section: the runbook has no section "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.window: expected a duration such as 1h, 24h, 7d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a ratio needs numerator and denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: needs "count": the log patterns or queries to count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a duration needs "field", the attribute with the number (e.g. durationMs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.stat: expected last, sum, min or max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: needs "connector", the connector it asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: an http_field metric needs "path" (the route) and "field" (the JSON path of the number)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a sql_scalar metric needs "sql", a SELECT of one number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: query: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key "%2" (known: label, protected, demo, color, connectors, description)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.demo: expected true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a demo profile cannot be protected (its data and secrets are the demo's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: demo: secrets are only for a demo profile (demo: true), never sent elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the bearer goes to every route of this connector; list the routes that need it under bearer_paths</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident store: a file, or a team store (postgresql://user@host/database).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>runbook-cli</name>
    <message>
        <source>runbook-cli: unknown command "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no such wiring file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--profile needs a wiring file (none beside %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no profile "%2" (profiles: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: runbook-cli COMMAND [options]

commands:
  inspect RUNBOOK.md [--json]      the parsed model
  lint RUNBOOK.md [--wiring W] [--profile P]   FILE:LINE: warning|error: … and the coverage
  wiring suggest RUNBOOK.md        a draft NAME.wiring.yaml
  check RUNBOOK.md [--wiring W] [--profile P] [--source SPEC] [--at T] [--json]
                                   the alert table judged; exit 0 ok, 1 warning, 2 critical, 3 unknown
  query --source SPEC [--from T] [--to T] [--bucket 1h] [--json] QUERY…
  demo-data --out DIR [--seed N] [--days D] [--end T] [--size BYTES]
  demo-serve --logs FILE [--port N]   loopback Datadog and Loki over FILE
  probe run ID --runbook R [--param k=v] [--json]       a bound read-only probe (SQL for now)
  action list|preview ID|run ID --runbook R [--param k=v]… [--confirm TOKEN] [--confirm-profile P]
  incident new|list|show|step|note|var|copy|set|evidence|resolve|reopen …
  incident export ID --format md|html|pdf|json [--out FILE]   incident notes for a review
  incident import FILE.json        an exported incident back into a store
                                   --store PATH (default: the GUI's store)
</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>