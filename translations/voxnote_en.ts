<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Device %1 has a clock more than a day ahead of this one; its changes were kept and later edits still take their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 is not complete yet (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (conflict copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 sent change %2 with an impossible clock value (%3): it was refused, and that device&apos;s later changes are not applied either. Its clock or its copy of Voxnote is broken, or someone forged its changes; check that device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 gave person %2 the e-mail address “%3”, which is not one Voxnote can send to; the address is left empty here until that device sets a proper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 tried to change or remove entry %2 of a task&apos;s activity history. The history is append-only: the entry stays as it was written, and what that device sent is kept only as a record of the attempt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCodec</name>
    <message>
        <source>A change holds a value of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckVerb</name>
    <message numerus="yes">
        <source>The database and %n media file(s) are in good order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>There is no space left for %1. Free some disk space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Voxnote database (it is not an SQLite file). Move it away, or choose another data directory with --data-dir; Voxnote has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Close Voxnote and restore a copy from %3/backups, or move the file away to start afresh; Voxnote has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot open %1. Check that the folder exists and that you may write to it, or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote may not write to %1. Check the permissions of the file and its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 stayed busy in another Voxnote window or command. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not write to %1; the disk may be full. Free some disk space and try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKeys</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRecognizer</name>
    <message>
        <source>%1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailOutbox</name>
    <message>
        <source>Voxnote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Voxnote to see the task and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address Voxnote can send from; write it as name@example.org, without spaces, line breaks or brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineRegistry</name>
    <message>
        <source>There is no %1 called “%2”. Voxnote has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text recognition engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech recogniser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice engine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngineWorkers</name>
    <message>
        <source>Voxnote has no engine called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine program kept quitting before it started on “%1”. Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EspeakSynthesizer</name>
    <message>
        <source>There is no voice called &quot;%1&quot;. Installed voices: %2. See &apos;voxnote voices&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EspeakThread</name>
    <message>
        <source>espeak-ng could not start: its voice data is missing. Install the package espeak-ng-data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderCipher</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder&apos;s encryption settings are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderRemote</name>
    <message>
        <source>%1 in the sync folder is a symbolic link; Voxnote does not write through links there. Remove it and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderScan</name>
    <message numerus="yes">
        <source>%n file(s) skipped: neither recordings nor images (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) back to a folder already imported not followed (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) Voxnote may not read skipped; check their permissions (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InfoVerb</name>
    <message>
        <source>Show where Voxnote keeps its data and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>Voxnote stopped unexpectedly during this job %1 times, so the job was not started again. The file may be damaged: check it, then retry the job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Note %1 has no revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrView</name>
    <message>
        <source>Searchable PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searchable PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with Word Boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hOCR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hOCR (*.hocr)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PocketSphinxDecoder</name>
    <message>
        <source>The speech recogniser failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PocketSphinxEngine</name>
    <message>
        <source>The English speech model is missing (%1); install the pocketsphinx-en-us package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 is a folder, but Voxnote keeps its database there. Move the folder away or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QKeychain</name>
    <message>
        <source>the secret store did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadPipeline</name>
    <message>
        <source>The earlier steps of this reading are missing from its record. Start the reading again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resampler</name>
    <message>
        <source>The audio converter could not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio could not be converted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Voxnote (database version %2; this one understands up to %3). Install the newer Voxnote to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot create the backup folder %1 needed before updating the database. Check its permissions; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not back up %1 before updating it: %2 The database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not update the database %1 to version %2 (%3): %4 The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Type a word or number to search for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechRenditions</name>
    <message>
        <source>There is no note with the id %1. List notes with &apos;voxnote info&apos; or check the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sent %1 and received %2 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed unexpectedly (%1) and stopped for now; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted words are those the recogniser was unsure of; check them against the recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerServer</name>
    <message>
        <source>The engine program cannot do “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerSynthesizer</name>
    <message>
        <source>the list of voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text to read aloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The engine needed more than %1 MB of memory for “%2” and was stopped. Try a smaller file, or close other programs and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Voxnote cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes</name>
    <message>
        <source>There is no note with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The transcript of “%1” was stored but cannot be found; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::audio::AudioDecoder</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (check that it is a file and its permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an audio file Voxnote can read (WAV, FLAC, OGG/Vorbis or MP3): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in an audio format Voxnote does not support; use WAV, FLAC, OGG/Vorbis or MP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares %1 audio channels; Voxnote reads 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares a sample rate of %1 Hz; Voxnote reads %2 to %3 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no audio frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 hours long; Voxnote transcribes recordings of up to %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends after %1 s although its header promises %2 s; it is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged or truncated after %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::audio::RecordingFile</name>
    <message>
        <source>%1 has reached the longest recording one file can hold; stop and start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be written to %1 (%2). Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli</name>
    <message>
        <source>Keep the database and media in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the server, e.g. smtp://mail.example.org:587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an SMTP server address; write it as smtp://host:port or smtps://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sender&apos;s address with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than 16 MB of text; split it and speak it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text to speak in one way: as arguments, with -f FILE, as - for stdin, or with --note ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n e-mail(s) could not be sent yet and will be retried; see &apos;voxnote notifications --outbox&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to do, %2 in progress, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file Voxnote can attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:          %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to send: %1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media pending:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict copy:   %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtps:// is always encrypted; --unencrypted is for an smtp:// relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications will be e-mailed through %1 WITHOUT encryption: anyone on the network between here and the server can read them and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications will be e-mailed through %1, encrypted (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1, not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::CheckVerb</name>
    <message>
        <source>Verify the database and every stored media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: a row of %1 refers to a missing row of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::CommandLine</name>
    <message>
        <source>Usage: voxnote [options] [VERB [arguments]]

Without a verb, Voxnote opens its window. With one, it works on the command line:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --data-dir &lt;dir&gt;  Keep the database and media in &lt;dir&gt; (also $VOXNOTE_DATA_DIR).
  --json            Print machine-readable JSON.
  -v, --verbose     Log what happens to stderr.
  -h, --help        Show this help; &apos;voxnote VERB --help&apos; shows a verb&apos;s.
  --version         Show the version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voxnote: &apos;%1&apos; is not a Voxnote command. See &apos;voxnote --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;voxnote %1--help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &apos;voxnote %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::DashboardVerb</name>
    <message>
        <source>Show how the team&apos;s tasks are moving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time to done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1: %2 created, %3 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::ImportVerb</name>
    <message>
        <source>Import recordings, images and folders of them as notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe and recognise them now, and wait until that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no recordings or images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription and text recognition are queued; the window runs them, or import with --wait.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::JobsVerb</name>
    <message>
        <source>No jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2; only a failed or cancelled job can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2; only a queued or running job can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a jobs command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the background work, show one job, retry or cancel it, or run what is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | show ID | retry ID | cancel ID | resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work is waiting any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::NoteVerb</name>
    <message>
        <source>Notes: add, list, show, edit, rm, restore, revisions, search, tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add TITLE | list | show ID | edit ID | rm ID | restore ID | revisions ID | search QUERY | tag add ID TAG… | tag rm ID TAG… | tag rename OLD NEW | tag list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note&apos;s text (markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the note&apos;s text from &lt;file&gt; (- for stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new title (edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag to add (add) or to list by (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notes in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good instead of moving to the trash (rm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this revision (restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed; %n note(s) carry #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag command; use add, rm, rename or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a note command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this file (add; may be repeated).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::NotificationsVerb</name>
    <message>
        <source>Show my notifications, mark them read, and set up e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp URL: e-mail notifications through this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show read notifications too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this notification read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all my notifications read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the e-mails sent and waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the e-mails that are due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address (smtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP user name (smtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SMTP password from this variable (smtp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>var</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a notifications command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notification with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n e-mail(s) sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through an smtp:// relay that offers no encryption, such as one on this computer (smtp). Without it, a server must offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::OcrVerb</name>
    <message>
        <source>Recognise the text in images (PNG, JPEG, TIFF, BMP, WebP, GIF, PDF) and save each as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image files to recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the output to &lt;file&gt; instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the text; do not save the images as notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not turn pages that look sideways or upside down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saved as note %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the text, e.g. eng or eng+kor (default: chosen for each page from its script, among the installed languages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: txt, json, hocr or pdf (a searchable PDF of the images; needs -o) (default: txt; json with --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF is written to a file: add -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, page %2: the PDF&apos;s own text was used; the page was not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::PersonVerb</name>
    <message>
        <source>People: add a team member, list them, set who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add NAME | list | me | edit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name (me, edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the command (add, list, me, edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the person&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::Presenter</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::ReadVerb</name>
    <message>
        <source>Read photographed or scanned pages aloud into one sound file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page images, in reading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAGE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file to write: .ogg, .mp3, .wav or .flac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the pages, e.g. eng or eng+kor (default eng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice or language (see &apos;voxnote voices&apos;; default: from the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed in words per minute, 80 to 450 (default 175).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the page images to read, e.g. voxnote read page1.jpg page2.jpg -o book.ogg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sound file to write with -o FILE.ogg (or .mp3, .wav, .flac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must end in .ogg, .mp3, .wav or .flac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate takes a number from 80 to 450.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the page images inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 of %2 pages aloud into %3 (%4 s); saved as note %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::SearchVerb</name>
    <message>
        <source>Search notes, transcripts, recognised text and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only note, segment (transcripts), ocr or task hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hits in notes with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only things created on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only things created before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of hit; use note, segment, ocr or task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::SpeakVerb</name>
    <message>
        <source>Read text or a note aloud into a WAV, FLAC, OGG or MP3 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to speak, or - to read it from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[TEXT... | -]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the text in &lt;file&gt; (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak note &lt;id&gt; and store the audio with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice or language (see &apos;voxnote voices&apos;; default: from the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed in words per minute, 80 to 450 (default 175).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch, 0 to 100 (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume in percent, 0 to 200 (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file to write: .wav, .flac, .ogg or .mp3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sound file to write with -o FILE.wav (or .flac, .ogg, .mp3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke %1 s with the voice %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::SyncVerb</name>
    <message>
        <source>Sync with your other devices and team through a shared folder or a PostgreSQL server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setup folder PATH | setup postgres URL | now | status | admin init URL | admin add-member URL TEAM ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt a new sync folder with a passphrase (asked for, or VOXNOTE_SYNC_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team whose data to share on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: voxnote sync admin init URL, or voxnote sync admin add-member URL TEAM ROLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is ready for Voxnote sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (empty to keep or set none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a member of team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: voxnote sync setup folder PATH [--encrypt], or voxnote sync setup postgres URL --team NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the sync folder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted sync folder needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync can be set up with a folder or a postgres server, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes were changed on two devices at once; the other version of each is kept as a conflict copy (see voxnote sync status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;. Use setup, now, status or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note was changed on two devices at once; the other version is kept as a conflict copy (see voxnote sync status).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::TaskVerb</name>
    <message>
        <source>Tasks: add, list, show, set, assign, done, rm, restore, log, comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add TITLE | list | show ID | set ID | assign ID WHO | done ID | rm ID | restore ID | log ID | comment ID TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new title (set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>todo, in_progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date YYYY-MM-DD, today, tomorrow, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does it: a name, an e-mail, me, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the task to this note (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment in the note&apos;s recording, in seconds (add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks assigned to me (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue tasks (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks due this week (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tasks with this text (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”; &apos;voxnote task restore %2&apos; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task command.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::TranscribeVerb</name>
    <message>
        <source>Transcribe recordings (WAV, FLAC, OGG, MP3) locally, with times and speakers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: txt, srt, vtt, json or md (default txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of speakers, if known (default: estimated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;out&gt; instead of stdout; with several files, &lt;out&gt; is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not keep the recordings and transcripts as notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In txt output, start each line with its time and speaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise on &lt;n&gt; threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one recording to transcribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format; use txt, srt, vtt, json or md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing %1: %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; “%1” was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 would both be written to %3: give them different names, or transcribe them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language spoken, e.g. en-US (default: the one chosen in Settings, else the speech model&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::VocabVerb</name>
    <message>
        <source>Your own words for transcription: add a name or term, list them, remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add WORD | list | remove WORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the word sounds: words that sound the same (&quot;shiv on&quot;) or CMU phones (&quot;SH IH V AO N&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing the command (add, list, remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one word to add, e.g. voxnote vocab add Siobhan --sounds-like &quot;shiv on&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (sounds like “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the word to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in your vocabulary; voxnote vocab list shows what is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a vocab command; use add, list or remove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::cli::VoicesVerb</name>
    <message>
        <source>List the voices that can read text aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only voices for language &lt;code&gt;, e.g. ko or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::jobs::JobQueue</name>
    <message>
        <source>Voxnote does not know how to do “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::jobs::JobRunner</name>
    <message>
        <source>An unexpected error stopped the work (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::notes::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long for a tag (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::notify</name>
    <message>
        <source>“%1” is not an e-mail address Voxnote can send to (it must look like name@example.org, without spaces, line breaks or brackets); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::notify::SmtpSender</name>
    <message>
        <source>Voxnote could not start its e-mail client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server %1 does not offer an encrypted connection (STARTTLS), so Voxnote sent neither your password nor the e-mail to %2. Use the server&apos;s smtps:// address, or, for a relay on this computer or a network you trust, allow sending without encryption in the e-mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail to %1 could not be sent through %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr</name>
    <message>
        <source>%1 is not an image Voxnote can read (%2). Open it in an image viewer to check it, or export it again as PNG, JPEG, TIFF or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares no width or height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares %2 × %3 pixels (%4 megapixels), more than Voxnote&apos;s limit of %5 megapixels per page. Scale the image down and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than Voxnote&apos;s limit of %3 pages per document. Split it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password. Remove the protection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PDF with no pages, so there is nothing to recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not in an image format Voxnote knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract could not load its models for %1 from %2. Reinstall the tesseract-ocr language packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of this page could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG data is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its image is not at hand, so it cannot go into a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::ImageDocument</name>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than Voxnote&apos;s limit of %3 MB for an image. Scale it down or split it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::OcrExporter</name>
    <message>
        <source>Voxnote could not write %1 (%2). Check the folder and the free disk space; the file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OCR export format; choose txt, json, hocr or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::PdfSource</name>
    <message>
        <source>page %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::RasterSource</name>
    <message>
        <source>page %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::SearchablePdf</name>
    <message>
        <source>The page could not be stored in the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page to put in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::TessData</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write them like &quot;eng&quot; or &quot;eng+kor&quot; (installed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCR language &quot;%1&quot; is not installed. Install the package tesseract-ocr-%2 (installed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A searchable PDF needs tesseract&apos;s font %1, which is missing. Install the package libtesseract5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::TesseractEngine</name>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR language is installed. Install the package tesseract-ocr-eng (English) or tesseract-ocr-kor (Korean).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::people::PersonRepository</name>
    <message>
        <source>A team member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called “%1” is in the team. Add them first with &apos;voxnote person add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one person is called “%1”; use their e-mail or id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address Voxnote can send to; write it as name@example.org, without spaces or brackets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines</name>
    <message>
        <source>Transcription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading pages aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognizing text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and 1 more page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::MediaImport</name>
    <message>
        <source>%1 is a folder. Import the audio or image files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote may not read %1; check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 Voxnote imports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a recording nor an image Voxnote can read (it looks like %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note for %1 was deleted meanwhile; import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not store the pasted image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has no text to read aloud yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has no page images to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That image is no longer part of the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::ReadPipeline</name>
    <message>
        <source>%1 is a folder; give the page images inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one page image to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::RecognizePagesStage</name>
    <message>
        <source>Page %1 (%2) was left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 images could be read. The first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading has no pages to read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::SaveReadingStage</name>
    <message>
        <source>The note these pages belong to was deleted, so the reading was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::SynthesizeStage</name>
    <message>
        <source>No text was found on the pages, so there is nothing to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot make a temporary file for the audio (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::settings</name>
    <message>
        <source>Voxnote cannot read its secrets from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::settings::SecretStore</name>
    <message>
        <source>the desktop&apos;s secret store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot read “%1” from the desktop&apos;s secret store: %2. Unlock it, or allow Voxnote to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot keep “%1” in the desktop&apos;s secret store: %2. Nothing was saved; unlock the secret store, or allow Voxnote to use it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot make the private folder %1 for its secrets. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot save its secrets in %1 (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::speech</name>
    <message>
        <source>The pronouncing dictionary %1 cannot be read; install the pocketsphinx-en-us package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the pronouncing dictionary, and espeak-ng, which would tell how it sounds, is not installed; install the espeak-ng package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::speech::TranscribeStage</name>
    <message>
        <source>“%1” cannot be transcribed in “%2”: the speech model installed recognises %3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript of “%1” was not stored: the recording is no longer attached to its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech was found in “%1”: it holds only silence or noise, so its transcript is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::speech::Vocabulary</name>
    <message>
        <source>“%1” has no letters; a vocabulary word needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters; a vocabulary word must be shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a space; add each word on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a bracket or starts with &lt;, [ or +, which the recogniser reserves; leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vocabulary already holds %1 words, as many as it can; remove some before adding “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::speech::WordPronouncer</name>
    <message>
        <source>Voxnote cannot tell how “%1” sounds; write what it sounds like in plain English letters, or in CMU phones such as “SH IH V AO N”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot tell how “%1” sounds; add it with a spelling that sounds the same (“sounds like”), e.g. “shiv on”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::storage</name>
    <message>
        <source>Voxnote could not store %1 in %2 (%3). Free some disk space or check the folder&apos;s permissions, then try again; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its checksum). Restore it from a backup or import the original again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::storage::BlobStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not read %1 to its end (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file %1 is missing from %2. Restore it from a backup or import the original again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::storage::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot create its data folder %1. Check the permissions of the folders above it, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot write to its data folder %1 (%2). Check its permissions and free space, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::sync</name>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled; it continues where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server address is not one Voxnote can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::sync::FolderRemote</name>
    <message>
        <source>The sync folder %1 has no remote.json any more: it was emptied, moved or is not mounted. Sync has stopped and nothing was deleted here. Check the folder; to start over with it, set it up again (voxnote sync setup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or not the identity file of a Voxnote sync folder. Sync has stopped and nothing was deleted here. Check the folder; to start over with it, set it up again (voxnote sync setup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the sync folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 is encrypted: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open the encrypted sync folder %1. Type the passphrase the folder was set up with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 was %2 when this device joined it and is not any more. Sync has stopped and nothing was deleted here; set the folder up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 is now encrypted with another passphrase. Sync has stopped and nothing was deleted here; set the folder up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Voxnote (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header does not match its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted but this folder is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not decrypt with this folder&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its changes are not numbered as its name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds fewer changes than its name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 for now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder does not decrypt (damaged or incomplete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1: it is a symbolic link, and Voxnote does not follow links in the sync folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored %1 in this device&apos;s part of the sync folder: %2. Voxnote did not write it this way (someone or something else put it there); the changes it names are sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of this device is too large to sync (%2 MB; at most %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file of device %1 in the sync folder is missing, damaged or not the key first seen from that device; Voxnote keeps the first one, and accepts only changes signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large to be a change file (%1 MB; Voxnote writes at most %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed, but device %1 signs every change after number %2: someone else wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed with device %1&apos;s key: someone else wrote it, or it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1 in the sync folder: it did not hold the media its name says (someone or something else put it there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder is a symbolic link, which Voxnote does not follow; it stays pending until a device publishes the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder is larger than the attachment that refers to it (%2 bytes); it was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the media file %1 here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::sync::PgConnection</name>
    <message>
        <source>Could not connect to the sync server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 refused a request: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server %1 refused the upload of changes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the sync server %1 over a verified encrypted connection (sslmode=verify-full, which Voxnote uses for a server on another computer): %2. Give the server a certificate and put its authority in ~/.postgresql/root.crt, or add sslmode=require (encrypted, not verified) or sslmode=disable (a network you trust) to the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::sync::PostgresRemote</name>
    <message>
        <source>%1 (team %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of team %1 on %2. Ask the server&apos;s administrator to add you (voxnote sync admin add-member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no Voxnote sync data (voxnote.remote is missing). Sync has stopped and nothing was deleted here; ask the administrator to run voxnote sync admin init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 lost its Voxnote identity. Sync has stopped and nothing was deleted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused this device&apos;s changes: device %2 is registered there by another login, or you are no longer a member of the team. Nothing was lost here; ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored changes on %1 under the device name “%2”, which is not a Voxnote device id (written by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of device %2 is damaged on the server (written by %3): %4 That device&apos;s later changes wait; the others&apos; are applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the media file %1 here (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy of the media file %1 on %2 matches its hash (copies published by %3); it stays pending until a member publishes a whole one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::sync::SyncEngine</name>
    <message>
        <source>%1 is a file; a sync folder must be a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the team whose notes and tasks this profile shares (--team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up. Use voxnote sync setup folder PATH or voxnote sync setup postgres URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is stopped; set the remote up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Voxnote is syncing this profile right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a different sync remote than the one this device was set up with. Sync has stopped and nothing was deleted here. If the change is intended, set the remote up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer holds changes this device sent to it (it has %2 of %3). Sync has stopped and nothing was deleted here. Restore the remote, or set it up again to send everything anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more changes of this device than the device itself (%2 of %3): was this profile restored from an old backup or copied? Sync has stopped and nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a temporary file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the remote yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy on the remote is damaged (its hash does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 is pending: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder %1 is not encrypted, but you asked for encryption: this device did not join it, and nothing was written to it. To encrypt, set up an empty folder with a passphrase and let every device join that one; to share this folder as it is, set it up without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ran out of memory with %1 and stopped for now; nothing was lost. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with %1 failed unexpectedly (%2) and stopped for now; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy changed while it was being stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tasks</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a task status; use todo, in_progress or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a priority; use none, low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-12-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority goes from 0 (none) to 3 (high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tasks::TaskNotifier</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned you “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved “%2” from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tasks::TaskRepository</name>
    <message>
        <source>There is no person with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tts</name>
    <message>
        <source>espeak-ng could not speak the text (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>espeak-ng could not load the voice %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tts::EspeakSynthesizer</name>
    <message>
        <source>There is nothing to speak: the text has no letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::tts::SoundFileWriter</name>
    <message>
        <source>Voxnote cannot write audio to %1: give the file one of the extensions %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote could not write the audio file %1 (%2). Check the folder and the free disk space; no partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::ActionBar</name>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the actions that do not fit in the row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::AttachmentContents</name>
    <message>
        <source>%1 · %2 · transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the transcript of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · recognised text (tinted words may be misread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the text of all %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show all the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognised in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::AttachmentStrip</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · transcript, %2 speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text found: %1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken version · play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no speech found, only silence or noise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::BoardColumn</name>
    <message>
        <source>Tasks with this status; drag a card to another column to change it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::BoardPage</name>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::DashboardPage</name>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once there are tasks, this shows how the work is moving: by status, by person and by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time to done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created and completed per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::ImportQueue</name>
    <message>
        <source>%1 holds no recordings or images.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobListModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobStatusBar</name>
    <message>
        <source>Cancel this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobText</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobsPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcriptions, text recognition and read-aloud run here in the background, so the window never waits. Drop an audio file or an image on the window to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has already ended, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MainWindow</name>
    <message>
        <source>Everything stays on this computer. Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Voxnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Voxnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voxnote %1&lt;/h3&gt;&lt;p&gt;Notes, transcripts, text recognition, read-aloud and team tasks, all on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voxnote: %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Audio or Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) at work</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); transcription and text recognition run in the background.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported; these could not be:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Audio or Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote uses the new language after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: notes are saved, and jobs at work go on after the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Folder of Recordings and Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MediaAudioPlayer</name>
    <message>
        <source>%1 cannot be played (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MicrophoneCaptureSource</name>
    <message>
        <source>No microphone is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot record 16-bit audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened for recording. Is another program using it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording from %1 stopped: the device is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this note at the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its attachments for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the version from %1 (%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a recording or an image; it is transcribed or read in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this note aloud, following the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Aloud Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Spoken Version to the Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read This Page Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the text of this note&apos;s page images and save it as speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Recordings or Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words starting with #, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of this note, to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this note to the trash; it can be restored from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the attachments hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteListDelegate</name>
    <message>
        <source>No text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteListModel</name>
    <message>
        <source>Untitled note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotesPage</name>
    <message>
        <source>All Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a note on the left, or press Ctrl+N to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spoken version of this note. Play it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Use Retry on the attachment to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All notes, or the notes in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record from the microphone into a new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recordings and images; each becomes a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a recording or a photo of a page here, or start one of these ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a note of the image on the clipboard and read its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes moved to the trash wait here until they are restored or deleted for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the attachment shown below the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotificationCenter</name>
    <message>
        <source>A job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotificationsPage</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are all caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a task is assigned to you or changes state, or a background job ends, you will see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::OcrImageView</name>
    <message>
        <source>%1% confident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2, please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::OcrView</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages to recognise the image in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognize the text again with the chosen languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recognised text aloud here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read This Page Aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a spoken recording of the page, saved with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recognised text appears here once the image has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was found in this image. If it is in another language, choose it above and recognize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words found: %1 (%2 to check, tinted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text, or all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recognised text as a searchable PDF, plain text, JSON or hOCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Recognised Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text taken from the PDF: %1 words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::PlayerBar</name>
    <message>
        <source>Back 5 seconds (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::ReadAloudPanel</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice for the text’s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Speech as Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.ogg *.wav *.flac *.mp3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to read aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::RecorderDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file (test input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or allow Voxnote to use it) and it will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording. The audio is saved as it comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as a note. Transcription has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The recording is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved as a note (Voxnote closed while recording). Import it now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SearchPalette</name>
    <message>
        <source>Search notes, transcripts, text in images and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search everything. Enter opens the selected result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition and Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as your team sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks assigned to you and their notifications use this profile. The e-mail address receives notifications when e-mail is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to change their name or address; tasks keep their assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the person to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the text&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers in recordings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, recordings, images and tasks live here. Start Voxnote with --data-dir to use another folder. Do not put it in a synced folder; use Sync instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail server “%1” must start with smtp:// or smtps://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote offers to restart when the language changes; jobs at work go on after the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send without encryption (only for a relay on this computer or a network you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are also sent by e-mail to people with an address when a server is set. An smtp:// server must offer encryption (STARTTLS) unless you allow sending without it. These settings stay on this computer and are never synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These apply to what is imported or recorded from now on, in the window and on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in %1, not in Voxnote&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SpeakerChips</name>
    <message>
        <source>Speakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 everywhere in this transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SyncSettingsPanel</name>
    <message>
        <source>Shared folder (Syncthing, Nextcloud, Dropbox, network share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder your devices share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt everything in the folder with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for an encrypted folder; not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync through this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with this team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict copies (notes changed on two devices at once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now syncing through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to sync through first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase to encrypt the folder with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s address and your team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing through %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) still to download.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SyncStatusIndicator</name>
    <message>
        <source>sending %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is off. Click to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) still to download</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict cop(ies) to look at</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TaskEditor</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TaskListModel</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TasksPage</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TranscriptEditor</name>
    <message>
        <source>Unknown speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recogniser was unsure of this word (%1 % sure). Correct it, or right-click and choose “Mark as correct”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TranscriptView</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRT subtitles (.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT subtitles (.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON with word timings (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the word being played in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a task of the selected text, linked to this moment of the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript appears here once the recording has been transcribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech was recognised in this recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your corrections could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for %1 in the whole transcript (empty: back to “%2”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task “%1” created, linked to this note at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::ui::VocabularyPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or term, e.g. Siobhan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds like (optional), e.g. shiv on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, places and terms of your own that transcription should recognise. Voxnote finds how each sounds; give a spelling that sounds the same if it is unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sounds like “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding how “%1” sounds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”; recordings transcribed from now on recognise it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>voxnote::worker::WorkerProcess</name>
    <message>
        <source>Voxnote cannot start its engine program %1: the file is missing. Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program %1: it is not an executable file. Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program %1 (%2). Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine program %1 does not speak Voxnote&apos;s protocol (it sent %2). Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine program %1 speaks protocol version %2, but this Voxnote needs version %3: it belongs to another Voxnote installation. Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine program %1 did not start within %2 seconds. Close other programs and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s reply about “%1” was larger than Voxnote accepts (%2 MB). Split the file into smaller parts and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine sent a reply about “%1” that Voxnote cannot read (%2). Reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine did not respond for %1 seconds while working on “%2” and was stopped. Retry; if it happens again, the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine used up its processor time for “%1” and was stopped. Split the file into smaller parts and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly (%1) while working on “%2”. The file may be damaged: check it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s reply about “%1” was cut off. Retry; if it happens again, the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly (exit code %1) while working on “%2”. The file may be damaged: check it, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine program %1 stopped while starting (exit code %2). Retry; if it happens again, reinstall Voxnote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
