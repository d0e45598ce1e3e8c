<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CheckVerb</name>
    <message numerus="yes">
        <source>The database and %n media file(s) are in good order.</source>
        <translation>
            <numerusform>데이터베이스와 미디어 파일 %n개가 모두 정상입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>There is no space left for %1. Free some disk space and try again; nothing was saved.</source>
        <translation>%1에 쓸 공간이 남아 있지 않습니다. 디스크 공간을 확보한 뒤 다시 시도하세요. 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a Voxnote database (it is not an SQLite file). Move it away, or choose another data directory with --data-dir; Voxnote has not changed it.</source>
        <translation>%1은(는) Voxnote 데이터베이스가 아닙니다(SQLite 파일이 아님). 파일을 다른 곳으로 옮기거나 --data-dir로 다른 데이터 폴더를 선택하세요. Voxnote는 이 파일을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Close Voxnote and restore a copy from %3/backups, or move the file away to start afresh; Voxnote has not changed it.</source>
        <translation>데이터베이스 %1이(가) 손상되었습니다(%2). Voxnote를 닫고 %3/backups에서 사본을 복원하거나, 파일을 다른 곳으로 옮겨 새로 시작하세요. Voxnote는 이 파일을 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Voxnote cannot open %1. Check that the folder exists and that you may write to it, or choose another data directory with --data-dir.</source>
        <translation>Voxnote에서 %1을(를) 열 수 없습니다. 폴더가 있는지, 쓰기 권한이 있는지 확인하거나 --data-dir로 다른 데이터 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Voxnote may not write to %1. Check the permissions of the file and its folder.</source>
        <translation>Voxnote에 %1에 대한 쓰기 권한이 없습니다. 파일과 해당 폴더의 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>The database %1 stayed busy in another Voxnote window or command. Try again in a moment.</source>
        <translation>다른 Voxnote 창이나 명령에서 데이터베이스 %1을(를) 계속 사용하고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Voxnote could not write to %1; the disk may be full. Free some disk space and try again; nothing was saved.</source>
        <translation>Voxnote에서 %1에 쓰지 못했습니다. 디스크가 가득 찼을 수 있습니다. 디스크 공간을 확보한 뒤 다시 시도하세요. 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Check the disk, then try again.</source>
        <translation>%1을(를) 읽거나 쓰지 못했습니다(%2). 디스크를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database %1 reported an error: %2.</source>
        <translation>데이터베이스 %1에서 오류가 발생했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentRecognizer</name>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, %2페이지: %3</translation>
    </message>
</context>
<context>
    <name>EmailOutbox</name>
    <message>
        <source>Voxnote: %1</source>
        <translation>Voxnote: %1</translation>
    </message>
    <message>
        <source>Open Voxnote to see the task and its history.</source>
        <translation>Voxnote를 열어 할 일과 변경 기록을 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EspeakThread</name>
    <message>
        <source>espeak-ng could not start: its voice data is missing. Install the package espeak-ng-data.</source>
        <translation>espeak-ng를 시작할 수 없습니다. 음성 데이터가 없습니다. espeak-ng-data 패키지를 설치하세요.</translation>
    </message>
</context>
<context>
    <name>InfoVerb</name>
    <message>
        <source>Show where Voxnote keeps its data and what it holds.</source>
        <translation>Voxnote가 데이터를 보관하는 위치와 보관 중인 내용을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Note %1 has no revision %2.</source>
        <translation>메모 %1에 버전 %2이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>PocketSphinxDecoder</name>
    <message>
        <source>The speech recogniser failed (%1).</source>
        <translation>음성 인식기에 오류가 발생했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>PocketSphinxEngine</name>
    <message>
        <source>The English speech model is missing (%1); install the pocketsphinx-en-us package.</source>
        <translation>영어 음성 모델이 없습니다(%1). pocketsphinx-en-us 패키지를 설치하세요.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>%1 is a folder, but Voxnote keeps its database there. Move the folder away or choose another data directory with --data-dir.</source>
        <translation>%1은(는) 폴더이지만 Voxnote는 이 위치에 데이터베이스를 보관합니다. 폴더를 다른 곳으로 옮기거나 --data-dir로 다른 데이터 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Resampler</name>
    <message>
        <source>The audio converter could not start (%1).</source>
        <translation>오디오 변환기를 시작할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>The audio could not be converted (%1).</source>
        <translation>오디오를 변환할 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Voxnote (database version %2; this one understands up to %3). Install the newer Voxnote to open it; the file was left untouched.</source>
        <translation>%1은(는) 더 새로운 버전의 Voxnote에서 작성되었습니다(데이터베이스 버전 %2, 이 버전은 %3까지 지원). 이 파일을 열려면 새 버전의 Voxnote를 설치하세요. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Voxnote cannot create the backup folder %1 needed before updating the database. Check its permissions; the database was left untouched.</source>
        <translation>데이터베이스를 업데이트하기 전에 필요한 백업 폴더 %1을(를) 만들 수 없습니다. 권한을 확인하세요. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Voxnote could not back up %1 before updating it: %2 The database was left untouched.</source>
        <translation>Voxnote에서 업데이트 전에 %1을(를) 백업하지 못했습니다: %2 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Voxnote could not update the database %1 to version %2 (%3): %4 The database was left as it was.</source>
        <translation>Voxnote에서 데이터베이스 %1을(를) 버전 %2(으)로 업데이트하지 못했습니다(%3): %4 데이터베이스는 원래 상태로 유지되었습니다.</translation>
    </message>
</context>
<context>
    <name>SearchService</name>
    <message>
        <source>Type a word or number to search for.</source>
        <translation>검색할 단어나 숫자를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>Voxnote could not start its e-mail client.</source>
        <translation>Voxnote에서 이메일 클라이언트를 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>The e-mail to %1 could not be sent through %2 (%3).</source>
        <translation>%2을(를) 통해 %1에게 이메일을 보내지 못했습니다(%3).</translation>
    </message>
</context>
<context>
    <name>SpeechRenditions</name>
    <message>
        <source>There is no note with the id %1. List notes with &apos;voxnote info&apos; or check the id.</source>
        <translation>ID가 %1인 메모가 없습니다. &apos;voxnote info&apos;로 메모 목록을 확인하거나 ID를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>“%1”을(를) 쓰지 못했습니다: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Voxnote cannot start</source>
        <translation>Voxnote를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>storage</name>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>ID가 %1인 메모가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::audio::AudioDecoder</name>
    <message>
        <source>does not exist</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>cannot be read (check that it is a file and its permissions)</source>
        <translation>읽을 수 없습니다(파일인지, 권한이 있는지 확인하세요)</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>비어 있습니다(0바이트)</translation>
    </message>
    <message>
        <source>is not an audio file Voxnote can read (WAV, FLAC, OGG/Vorbis or MP3): %1</source>
        <translation>Voxnote가 읽을 수 있는 오디오 파일(WAV, FLAC, OGG/Vorbis, MP3)이 아닙니다: %1</translation>
    </message>
    <message>
        <source>is in an audio format Voxnote does not support; use WAV, FLAC, OGG/Vorbis or MP3</source>
        <translation>Voxnote가 지원하지 않는 오디오 형식입니다. WAV, FLAC, OGG/Vorbis 또는 MP3를 사용하세요</translation>
    </message>
    <message>
        <source>declares %1 audio channels; Voxnote reads 1 to %2</source>
        <translation>오디오 채널 수가 %1개로 지정되어 있습니다. Voxnote는 1~%2개 채널만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>declares a sample rate of %1 Hz; Voxnote reads %2 to %3 Hz</source>
        <translation>샘플링 속도가 %1Hz로 지정되어 있습니다. Voxnote는 %2~%3Hz만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>holds no audio frames</source>
        <translation>오디오 프레임이 없습니다</translation>
    </message>
    <message>
        <source>is %1 hours long; Voxnote transcribes recordings of up to %2 hours</source>
        <translation>길이가 %1시간입니다. Voxnote는 최대 %2시간 길이의 녹음만 받아쓸 수 있습니다</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>“%1”: %2.</translation>
    </message>
    <message>
        <source>ends after %1 s although its header promises %2 s; it is truncated or damaged</source>
        <translation>헤더에는 %2초로 되어 있지만 %1초에서 끝납니다. 파일이 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>is damaged or truncated after %1 s (%2)</source>
        <translation>%1초 이후 부분이 손상되었거나 잘렸습니다(%2)</translation>
    </message>
</context>
<context>
    <name>voxnote::cli</name>
    <message>
        <source>Keep the database and media in &lt;dir&gt;.</source>
        <translation>데이터베이스와 미디어를 &lt;디렉터리&gt;에 보관합니다.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>기계가 읽을 수 있는 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Log what happens to stderr.</source>
        <translation>진행 상황을 stderr에 기록합니다.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation>Voxnote에서 %1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1은(는) UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>누락된 항목: %1.</translation>
    </message>
    <message>
        <source>Missing the server, e.g. smtp://mail.example.org:587.</source>
        <translation>서버를 지정하세요(예: smtp://mail.example.org:587).</translation>
    </message>
    <message>
        <source>“%1” is not an SMTP server address; write it as smtp://host:port or smtps://host:port.</source>
        <translation>“%1”은(는) SMTP 서버 주소가 아닙니다. smtp://host:port 또는 smtps://host:port 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Give the sender&apos;s address with --from.</source>
        <translation>--from으로 보내는 사람 주소를 지정하세요.</translation>
    </message>
    <message>
        <source>Notifications will be e-mailed through %1.</source>
        <translation>이제 알림이 %1을(를) 통해 이메일로 전송됩니다.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1에는 %2부터 %3까지의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 holds more than 16 MB of text; split it and speak it in parts.</source>
        <translation>%1의 텍스트가 16MB를 넘습니다. 텍스트를 나누어 부분별로 읽으세요.</translation>
    </message>
    <message>
        <source>Give the text to speak in one way: as arguments, with -f FILE, as - for stdin, or with --note ID.</source>
        <translation>읽을 텍스트는 인수, -f 파일, 표준 입력(-), --note ID 중 한 가지 방법으로만 지정하세요.</translation>
    </message>
    <message>
        <source>%n e-mail(s) could not be sent yet and will be retried; see &apos;voxnote notifications --outbox&apos;.</source>
        <translation>이메일 %n통을 아직 보내지 못해 나중에 다시 시도합니다. &apos;voxnote notifications --outbox&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>--%1 takes a number from 1 to %2.</source>
        <translation>--%1에는 1부터 %2까지의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 to do, %2 in progress, %3 done</source>
        <translation>할 일 %1개, 진행 중 %2개, 완료 %3개</translation>
    </message>
    <message>
        <source>%1 is not a file Voxnote can attach.</source>
        <translation>%1은(는) Voxnote에서 첨부할 수 있는 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::CheckVerb</name>
    <message>
        <source>Verify the database and every stored media file.</source>
        <translation>데이터베이스와 저장된 모든 미디어 파일을 검사합니다.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Database: a row of %1 refers to a missing row of %2.</source>
        <translation>데이터베이스: %1의 한 행이 %2에 없는 행을 참조합니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::CommandLine</name>
    <message>
        <source>Usage: voxnote [options] [VERB [arguments]]

Without a verb, Voxnote opens its window. With one, it works on the command line:

</source>
        <translation>사용법: voxnote [옵션] [명령 [인수]]

명령 없이 실행하면 Voxnote 창이 열립니다. 명령을 지정하면 명령줄에서 동작합니다:

</translation>
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
        <translation>
옵션:
  --data-dir &lt;디렉터리&gt;  데이터베이스와 미디어를 &lt;디렉터리&gt;에 보관합니다($VOXNOTE_DATA_DIR로도 지정 가능).
  --json                 기계가 읽을 수 있는 JSON으로 출력합니다.
  -v, --verbose          진행 상황을 stderr에 기록합니다.
  -h, --help             이 도움말을 표시합니다. &apos;voxnote 명령 --help&apos;는 해당 명령의 도움말을 표시합니다.
  --version              버전을 표시합니다.
</translation>
    </message>
    <message>
        <source>voxnote: &apos;%1&apos; is not a Voxnote command. See &apos;voxnote --help&apos;.</source>
        <translation>voxnote: &apos;%1&apos;은(는) Voxnote 명령이 아닙니다. &apos;voxnote --help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>See &apos;voxnote %1--help&apos;.</source>
        <translation>&apos;voxnote %1--help&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>See &apos;voxnote %1 --help&apos;.</source>
        <translation>&apos;voxnote %1 --help&apos;를 참조하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::DashboardVerb</name>
    <message>
        <source>Show how the team&apos;s tasks are moving.</source>
        <translation>팀의 할 일 진행 상황을 표시합니다.</translation>
    </message>
    <message>
        <source>How many weeks of history.</source>
        <translation>표시할 기록 기간(주 단위).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>할 일: %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>마감일 지남: %1</translation>
    </message>
    <message>
        <source>Average time to done: %1</source>
        <translation>완료까지 평균 소요 시간: %1</translation>
    </message>
    <message>
        <source>no task done yet</source>
        <translation>아직 완료된 할 일 없음</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(담당자 없음)</translation>
    </message>
    <message>
        <source>week of %1: %2 created, %3 done</source>
        <translation>%1 주간: 생성 %2개, 완료 %3개</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::JobsVerb</name>
    <message>
        <source>List the background work, show one job, retry or cancel it.</source>
        <translation>백그라운드 작업을 나열하고, 작업 하나를 표시하거나 다시 시도 또는 취소합니다.</translation>
    </message>
    <message>
        <source>list | show ID | retry ID | cancel ID</source>
        <translation>list | show ID | retry ID | cancel ID</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>작업이 없습니다.</translation>
    </message>
    <message>
        <source>Missing the job id.</source>
        <translation>작업 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no job with the id %1.</source>
        <translation>ID가 %1인 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Job %1 is %2; only a failed or cancelled job can be retried.</source>
        <translation>작업 %1의 상태가 %2입니다. 실패했거나 취소된 작업만 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Job %1 is %2; only a queued or running job can be cancelled.</source>
        <translation>작업 %1의 상태가 %2입니다. 대기 중이거나 실행 중인 작업만 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a jobs command.</source>
        <translation>'%1'은(는) 작업 명령이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::NoteVerb</name>
    <message>
        <source>Notes: add, list, show, edit, rm, restore, revisions, search, tag.</source>
        <translation>메모: add, list, show, edit, rm, restore, revisions, search, tag.</translation>
    </message>
    <message>
        <source>add TITLE | list | show ID | edit ID | rm ID | restore ID | revisions ID | search QUERY | tag add ID TAG… | tag rm ID TAG… | tag rename OLD NEW | tag list</source>
        <translation>add 제목 | list | show ID | edit ID | rm ID | restore ID | revisions ID | search 검색어 | tag add ID 태그… | tag rm ID 태그… | tag rename 기존_태그 새_태그 | tag list</translation>
    </message>
    <message>
        <source>The note&apos;s text (markdown).</source>
        <translation>메모 내용(마크다운).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Read the note&apos;s text from &lt;file&gt; (- for stdin).</source>
        <translation>메모 내용을 &lt;파일&gt;에서 읽습니다(표준 입력은 -).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>A new title (edit).</source>
        <translation>새 제목(edit).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>A tag to add (add) or to list by (list).</source>
        <translation>추가할 태그(add) 또는 목록을 거를 태그(list).</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Pin the note.</source>
        <translation>메모를 고정합니다.</translation>
    </message>
    <message>
        <source>Unpin the note.</source>
        <translation>메모 고정을 해제합니다.</translation>
    </message>
    <message>
        <source>List the notes in the trash.</source>
        <translation>휴지통에 있는 메모를 나열합니다.</translation>
    </message>
    <message>
        <source>Delete for good instead of moving to the trash (rm).</source>
        <translation>휴지통으로 옮기지 않고 영구 삭제합니다(rm).</translation>
    </message>
    <message>
        <source>Restore this revision (restore).</source>
        <translation>이 버전으로 복원합니다(restore).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; notes.</source>
        <translation>메모를 최대 &lt;n&gt;개까지 표시합니다.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>A note needs a title.</source>
        <translation>메모에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>메모가 없습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1” for good.</source>
        <translation>“%1”을(를) 영구 삭제했습니다.</translation>
    </message>
    <message>
        <source>Moved “%1” to the trash.</source>
        <translation>“%1”을(를) 휴지통으로 옮겼습니다.</translation>
    </message>
    <message>
        <source>%n character(s)</source>
        <translation>%n자</translation>
    </message>
    <message>
        <source>Renamed; %n note(s) carry #%1.</source>
        <translation>이름을 바꿨습니다. 메모 %n개에 #%1 태그가 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag command; use add, rm, rename or list.</source>
        <translation>&apos;%1&apos;은(는) 태그 명령이 아닙니다. add, rm, rename, list 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a note command.</source>
        <translation>&apos;%1&apos;은(는) 메모 명령이 아닙니다.</translation>
    </message>
    <message>
        <source>Attach this file (add; may be repeated).</source>
        <translation>이 파일을 첨부합니다(add, 여러 번 지정 가능).</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::NotificationsVerb</name>
    <message>
        <source>Show my notifications, mark them read, and set up e-mail.</source>
        <translation>내 알림을 표시하고, 읽음으로 표시하고, 이메일 알림을 설정합니다.</translation>
    </message>
    <message>
        <source>smtp URL: e-mail notifications through this server.</source>
        <translation>smtp URL: 이 서버를 통해 알림을 이메일로 보냅니다.</translation>
    </message>
    <message>
        <source>Show read notifications too.</source>
        <translation>읽은 알림도 표시합니다.</translation>
    </message>
    <message>
        <source>Mark this notification read.</source>
        <translation>이 알림을 읽음으로 표시합니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Mark all my notifications read.</source>
        <translation>내 알림을 모두 읽음으로 표시합니다.</translation>
    </message>
    <message>
        <source>Show the e-mails sent and waiting.</source>
        <translation>보낸 이메일과 대기 중인 이메일을 표시합니다.</translation>
    </message>
    <message>
        <source>Send the e-mails that are due now.</source>
        <translation>지금 보낼 차례인 이메일을 보냅니다.</translation>
    </message>
    <message>
        <source>The sender&apos;s address (smtp).</source>
        <translation>보내는 사람 주소(smtp).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>The SMTP user name (smtp).</source>
        <translation>SMTP 사용자 이름(smtp).</translation>
    </message>
    <message>
        <source>user</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Read the SMTP password from this variable (smtp).</source>
        <translation>이 환경 변수에서 SMTP 비밀번호를 읽습니다(smtp).</translation>
    </message>
    <message>
        <source>var</source>
        <translation>변수</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a notifications command.</source>
        <translation>&apos;%1&apos;은(는) 알림 명령이 아닙니다.</translation>
    </message>
    <message>
        <source>There is no notification with the id %1.</source>
        <translation>ID가 %1인 알림이 없습니다.</translation>
    </message>
    <message>
        <source>%n e-mail(s) sent.</source>
        <translation>이메일 %n통을 보냈습니다.</translation>
    </message>
    <message>
        <source>sent   </source>
        <translation>발송됨 </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>No new notifications.</source>
        <translation>새 알림이 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::OcrVerb</name>
    <message>
        <source>Recognise the text in images (PNG, JPEG, TIFF, BMP, WebP, GIF, PDF) and save each as a note.</source>
        <translation>이미지(PNG, JPEG, TIFF, BMP, WebP, GIF, PDF)에서 텍스트를 인식하고 각각 메모로 저장합니다.</translation>
    </message>
    <message>
        <source>Image files to recognise.</source>
        <translation>텍스트를 인식할 이미지 파일.</translation>
    </message>
    <message>
        <source>IMAGE...</source>
        <translation>이미지...</translation>
    </message>
    <message>
        <source>Languages of the text, e.g. eng or eng+kor (default: eng).</source>
        <translation>텍스트의 언어(예: eng 또는 eng+kor, 기본값: eng).</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Output format: txt, json or hocr (default: txt; json with --json).</source>
        <translation>출력 형식: txt, json 또는 hocr(기본값: txt, --json 사용 시 json).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Write the output to &lt;file&gt; instead of stdout.</source>
        <translation>결과를 표준 출력 대신 &lt;파일&gt;에 씁니다.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Only print the text; do not save the images as notes.</source>
        <translation>텍스트만 출력하고 이미지를 메모로 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Do not turn pages that look sideways or upside down.</source>
        <translation>옆으로 누웠거나 뒤집힌 것처럼 보이는 페이지를 회전하지 않습니다.</translation>
    </message>
    <message>
        <source>Name at least one image.</source>
        <translation>이미지를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>%1: saved as note %2</source>
        <translation>%1: 메모 %2(으)로 저장됨</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::PersonVerb</name>
    <message>
        <source>People: add a team member, list them, set who you are.</source>
        <translation>사람: 팀원을 추가하고, 목록을 보고, 내가 누구인지 설정합니다.</translation>
    </message>
    <message>
        <source>add NAME | list | me | edit ID</source>
        <translation>add 이름 | list | me | edit ID</translation>
    </message>
    <message>
        <source>A name (me, edit).</source>
        <translation>이름(me, edit).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>An e-mail address.</source>
        <translation>이메일 주소.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Missing the command (add, list, me, edit).</source>
        <translation>명령(add, list, me, edit)을 지정하세요.</translation>
    </message>
    <message>
        <source>  (me)</source>
        <translation>  (나)</translation>
    </message>
    <message>
        <source>Missing the person&apos;s name.</source>
        <translation>사람 이름을 지정하세요.</translation>
    </message>
    <message>
        <source>Missing the person&apos;s id.</source>
        <translation>사람 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>ID가 %1인 사람이 없습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person command.</source>
        <translation>&apos;%1&apos;은(는) 사람 명령이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::Presenter</name>
    <message>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>우선순위 %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1페이지</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::SearchVerb</name>
    <message>
        <source>Search notes, transcripts, recognised text and tasks.</source>
        <translation>메모, 녹취록, 인식된 텍스트, 할 일을 검색합니다.</translation>
    </message>
    <message>
        <source>The words to find.</source>
        <translation>찾을 단어.</translation>
    </message>
    <message>
        <source>Only note, segment (transcripts), ocr or task hits.</source>
        <translation>note, segment(녹취록), ocr, task 중 지정한 종류의 결과만 표시합니다.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Only hits in notes with this tag.</source>
        <translation>이 태그가 있는 메모의 결과만 표시합니다.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Only things created on or after this date.</source>
        <translation>이 날짜 또는 그 이후에 만든 항목만 표시합니다.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Only things created before this date.</source>
        <translation>이 날짜 이전에 만든 항목만 표시합니다.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; hits.</source>
        <translation>결과를 최대 &lt;n&gt;개까지 표시합니다.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>“%1” is not a kind of hit; use note, segment, ocr or task.</source>
        <translation>“%1”은(는) 결과 종류가 아닙니다. note, segment, ocr, task 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>“%1”에 대한 검색 결과가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::SpeakVerb</name>
    <message>
        <source>Read text or a note aloud into a WAV, FLAC, OGG or MP3 file.</source>
        <translation>텍스트나 메모를 소리 내어 읽어 WAV, FLAC, OGG 또는 MP3 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>The text to speak, or - to read it from stdin.</source>
        <translation>읽을 텍스트. 표준 입력에서 읽으려면 -를 지정합니다.</translation>
    </message>
    <message>
        <source>[TEXT... | -]</source>
        <translation>[텍스트... | -]</translation>
    </message>
    <message>
        <source>Speak the text in &lt;file&gt; (UTF-8).</source>
        <translation>&lt;파일&gt;의 텍스트를 읽습니다(UTF-8).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Speak note &lt;id&gt; and store the audio with it.</source>
        <translation>메모 &lt;ID&gt;를 읽고 오디오를 메모에 함께 저장합니다.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Voice or language (see &apos;voxnote voices&apos;; default: from the text).</source>
        <translation>음성 또는 언어(&apos;voxnote voices&apos; 참조, 기본값: 텍스트에서 판단).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Speed in words per minute, 80 to 450 (default 175).</source>
        <translation>분당 단어 수로 나타낸 속도, 80~450(기본값 175).</translation>
    </message>
    <message>
        <source>wpm</source>
        <translation>wpm</translation>
    </message>
    <message>
        <source>Pitch, 0 to 100 (default 50).</source>
        <translation>음높이, 0~100(기본값 50).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Volume in percent, 0 to 200 (default 100).</source>
        <translation>음량(퍼센트), 0~200(기본값 100).</translation>
    </message>
    <message>
        <source>The sound file to write: .wav, .flac, .ogg or .mp3.</source>
        <translation>저장할 사운드 파일: .wav, .flac, .ogg 또는 .mp3.</translation>
    </message>
    <message>
        <source>Name the sound file to write with -o FILE.wav (or .flac, .ogg, .mp3).</source>
        <translation>저장할 사운드 파일을 -o 파일.wav(또는 .flac, .ogg, .mp3)로 지정하세요.</translation>
    </message>
    <message>
        <source>Spoke %1 s with the voice %2%3.</source>
        <translation>%2 음성으로 %1초 분량을 읽었습니다%3.</translation>
    </message>
    <message>
        <source> into %1</source>
        <translation> (저장 위치: %1)</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::TaskVerb</name>
    <message>
        <source>Tasks: add, list, show, set, assign, done, rm, restore, log, comment.</source>
        <translation>할 일: add, list, show, set, assign, done, rm, restore, log, comment.</translation>
    </message>
    <message>
        <source>add TITLE | list | show ID | set ID | assign ID WHO | done ID | rm ID | restore ID | log ID | comment ID TEXT</source>
        <translation>add 제목 | list | show ID | set ID | assign ID 담당자 | done ID | rm ID | restore ID | log ID | comment ID 텍스트</translation>
    </message>
    <message>
        <source>A new title (set).</source>
        <translation>새 제목(set).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>The task&apos;s description.</source>
        <translation>할 일 설명.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>todo, in_progress or done.</source>
        <translation>todo, in_progress 또는 done.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>none, low, medium or high.</source>
        <translation>none, low, medium 또는 high.</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Due date YYYY-MM-DD, today, tomorrow, or none.</source>
        <translation>마감일: YYYY-MM-DD, today, tomorrow 또는 none.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Who does it: a name, an e-mail, me, or none.</source>
        <translation>담당자: 이름, 이메일, me 또는 none.</translation>
    </message>
    <message>
        <source>who</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Link the task to this note (add).</source>
        <translation>할 일을 이 메모에 연결합니다(add).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The moment in the note&apos;s recording, in seconds (add).</source>
        <translation>메모 녹음에서의 시점, 초 단위(add).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Only tasks assigned to me (list).</source>
        <translation>나에게 할당된 할 일만 표시합니다(list).</translation>
    </message>
    <message>
        <source>Only overdue tasks (list).</source>
        <translation>마감일이 지난 할 일만 표시합니다(list).</translation>
    </message>
    <message>
        <source>Only tasks due this week (list).</source>
        <translation>이번 주가 마감인 할 일만 표시합니다(list).</translation>
    </message>
    <message>
        <source>Only tasks with this text (list).</source>
        <translation>이 텍스트가 포함된 할 일만 표시합니다(list).</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>“%1”은(는) 초 단위 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Deleted “%1”; &apos;voxnote task restore %2&apos; brings it back.</source>
        <translation>“%1”을(를) 삭제했습니다. &apos;voxnote task restore %2&apos;로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task command.</source>
        <translation>&apos;%1&apos;은(는) 할 일 명령이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::TranscribeVerb</name>
    <message>
        <source>Transcribe recordings (WAV, FLAC, OGG, MP3) locally, with times and speakers.</source>
        <translation>녹음(WAV, FLAC, OGG, MP3)을 이 컴퓨터에서 시간 및 화자 정보와 함께 받아씁니다.</translation>
    </message>
    <message>
        <source>The recordings to transcribe.</source>
        <translation>받아쓸 녹음.</translation>
    </message>
    <message>
        <source>Output format: txt, srt, vtt, json or md (default txt).</source>
        <translation>출력 형식: txt, srt, vtt, json 또는 md(기본값 txt).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>The number of speakers, if known (default: estimated).</source>
        <translation>화자 수(알고 있는 경우, 기본값: 자동 추정).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write to &lt;out&gt; instead of stdout; with several files, &lt;out&gt; is a folder.</source>
        <translation>표준 출력 대신 &lt;출력&gt;에 씁니다. 파일이 여러 개이면 &lt;출력&gt;은 폴더입니다.</translation>
    </message>
    <message>
        <source>out</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>Do not keep the recordings and transcripts as notes.</source>
        <translation>녹음과 녹취록을 메모로 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>In txt output, start each line with its time and speaker.</source>
        <translation>txt 출력에서 각 줄 앞에 시간과 화자를 표시합니다.</translation>
    </message>
    <message>
        <source>Recognise on &lt;n&gt; threads (default: one per core).</source>
        <translation>&lt;n&gt;개 스레드로 인식합니다(기본값: 코어당 1개).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Name at least one recording to transcribe.</source>
        <translation>받아쓸 녹음을 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an output format; use txt, srt, vtt, json or md.</source>
        <translation>&apos;%1&apos;은(는) 출력 형식이 아닙니다. txt, srt, vtt, json, md 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>The output folder “%1” cannot be created.</source>
        <translation>출력 폴더 “%1”을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Transcribing %1: %2%</source>
        <translation>%1 받아쓰는 중: %2%</translation>
    </message>
    <message>
        <source>Stopped; “%1” was not saved.</source>
        <translation>중지했습니다. “%1”은(는) 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::VoicesVerb</name>
    <message>
        <source>List the voices that can read text aloud.</source>
        <translation>텍스트를 소리 내어 읽을 수 있는 음성을 나열합니다.</translation>
    </message>
    <message>
        <source>Only voices for language &lt;code&gt;, e.g. ko or en.</source>
        <translation>언어 &lt;코드&gt;의 음성만 표시합니다(예: ko 또는 en).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>VOICE</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>식별자</translation>
    </message>
</context>
<context>
    <name>voxnote::jobs::JobQueue</name>
    <message>
        <source>Voxnote does not know how to do “%1”.</source>
        <translation>Voxnote에서 “%1” 작업을 처리할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::jobs::JobRunner</name>
    <message>
        <source>An unexpected error stopped the work (%1).</source>
        <translation>예기치 않은 오류로 작업이 중지되었습니다(%1).</translation>
    </message>
    <message>
        <source>“%1” is ready.</source>
        <translation>“%1”이(가) 완료되었습니다.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” 실패: %2</translation>
    </message>
</context>
<context>
    <name>voxnote::notes::TagRepository</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>태그에는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>“%1” is too long for a tag (at most %2 characters).</source>
        <translation>“%1”은(는) 태그로 쓰기에 너무 깁니다(최대 %2자).</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>ID가 %1인 메모가 없습니다.</translation>
    </message>
    <message>
        <source>There is no tag called “%1”.</source>
        <translation>“%1” 태그가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr</name>
    <message>
        <source>%1 is not an image Voxnote can read (%2). Open it in an image viewer to check it, or export it again as PNG, JPEG, TIFF or PDF.</source>
        <translation>%1은(는) Voxnote가 읽을 수 있는 이미지가 아닙니다(%2). 이미지 뷰어에서 열어 확인하거나 PNG, JPEG, TIFF 또는 PDF로 다시 내보내세요.</translation>
    </message>
    <message>
        <source>it declares no width or height</source>
        <translation>너비 또는 높이 정보가 없음</translation>
    </message>
    <message>
        <source>%1 declares %2 × %3 pixels (%4 megapixels), more than Voxnote&apos;s limit of %5 megapixels per page. Scale the image down and try again.</source>
        <translation>%1의 크기는 %2 × %3픽셀(%4메가픽셀)로, Voxnote의 페이지당 한도인 %5메가픽셀을 넘습니다. 이미지 크기를 줄인 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 has %2 pages, more than Voxnote&apos;s limit of %3 pages per document. Split it and try again.</source>
        <translation>%1은(는) %2페이지로, Voxnote의 문서당 한도인 %3페이지를 넘습니다. 문서를 나눈 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>the PDF is damaged</source>
        <translation>PDF가 손상됨</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Remove the protection and try again.</source>
        <translation>%1은(는) 비밀번호로 보호되어 있습니다. 보호를 해제한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is a PDF with no pages, so there is nothing to recognise.</source>
        <translation>%1은(는) 페이지가 없는 PDF이므로 인식할 내용이 없습니다.</translation>
    </message>
    <message>
        <source>its content is not in an image format Voxnote knows</source>
        <translation>Voxnote가 알 수 없는 이미지 형식임</translation>
    </message>
    <message>
        <source>Tesseract could not load its models for %1 from %2. Reinstall the tesseract-ocr language packages.</source>
        <translation>Tesseract가 %2에서 %1용 모델을 불러오지 못했습니다. tesseract-ocr 언어 패키지를 다시 설치하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::ImageDocument</name>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1이(가) 없습니다. 경로를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation>Voxnote에서 %1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있음</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than Voxnote&apos;s limit of %3 MB for an image. Scale it down or split it and try again.</source>
        <translation>%1은(는) %2MB로, Voxnote의 이미지 크기 한도인 %3MB보다 큽니다. 크기를 줄이거나 나눈 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>there is no image data</source>
        <translation>이미지 데이터가 없음</translation>
    </message>
    <message>
        <source>page %1 cannot be found</source>
        <translation>%1페이지를 찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::OcrExporter</name>
    <message>
        <source>&quot;%1&quot; is not an OCR export format; choose txt, json or hocr.</source>
        <translation>&quot;%1&quot;은(는) OCR 내보내기 형식이 아닙니다. txt, json, hocr 중에서 선택하세요.</translation>
    </message>
    <message>
        <source>Voxnote could not write %1 (%2). Check the folder and the free disk space; the file was left as it was.</source>
        <translation>Voxnote에서 %1을(를) 쓰지 못했습니다(%2). 폴더와 디스크 여유 공간을 확인하세요. 파일은 원래 상태로 유지되었습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::PdfSource</name>
    <message>
        <source>page %1 cannot be found</source>
        <translation>%1페이지를 찾을 수 없음</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>%1페이지를 렌더링할 수 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::RasterSource</name>
    <message>
        <source>page %1 cannot be found</source>
        <translation>%1페이지를 찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::TesseractEngine</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write them like &quot;eng&quot; or &quot;eng+kor&quot; (installed: %2).</source>
        <translation>&quot;%1&quot;은(는) OCR 언어 목록이 아닙니다. &quot;eng&quot; 또는 &quot;eng+kor&quot;처럼 입력하세요(설치됨: %2).</translation>
    </message>
    <message>
        <source>The OCR language &quot;%1&quot; is not installed. Install the package tesseract-ocr-%2 (installed: %3).</source>
        <translation>OCR 언어 &quot;%1&quot;이(가) 설치되어 있지 않습니다. tesseract-ocr-%2 패키지를 설치하세요(설치됨: %3).</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract가 페이지를 인식하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::people::PersonRepository</name>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>팀원에게는 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>ID가 %1인 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Nobody called “%1” is in the team. Add them first with &apos;voxnote person add&apos;.</source>
        <translation>팀에 “%1”(이)라는 사람이 없습니다. 먼저 &apos;voxnote person add&apos;로 추가하세요.</translation>
    </message>
    <message>
        <source>More than one person is called “%1”; use their e-mail or id instead.</source>
        <translation>“%1”(이)라는 이름의 사람이 여러 명입니다. 대신 이메일이나 ID를 사용하세요.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>알 수 없는 사용자</translation>
    </message>
</context>
<context>
    <name>voxnote::storage</name>
    <message>
        <source>Voxnote could not store %1 in %2 (%3). Free some disk space or check the folder&apos;s permissions, then try again; nothing was saved.</source>
        <translation>Voxnote에서 %1을(를) %2에 저장하지 못했습니다(%3). 디스크 공간을 확보하거나 폴더 권한을 확인한 뒤 다시 시도하세요. 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>The stored file %1 is damaged (its content no longer matches its checksum). Restore it from a backup or import the original again.</source>
        <translation>저장된 파일 %1이(가) 손상되었습니다(내용이 체크섬과 일치하지 않음). 백업에서 복원하거나 원본을 다시 가져오세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::storage::BlobStore</name>
    <message>
        <source>cannot create the folder</source>
        <translation>폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>Voxnote could not read %1 to its end (%2).</source>
        <translation>Voxnote에서 %1을(를) 끝까지 읽지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>Voxnote cannot read %1 (%2).</source>
        <translation>Voxnote에서 %1을(를) 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>the data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>The stored file %1 is missing from %2. Restore it from a backup or import the original again.</source>
        <translation>저장된 파일 %1이(가) %2에 없습니다. 백업에서 복원하거나 원본을 다시 가져오세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::storage::DataDirectory</name>
    <message>
        <source>The data directory %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>데이터 폴더 %1이(가) 폴더가 아니라 파일입니다. 파일을 다른 곳으로 옮기거나 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot create its data folder %1. Check the permissions of the folders above it, or choose another folder with --data-dir.</source>
        <translation>Voxnote에서 데이터 폴더 %1을(를) 만들 수 없습니다. 상위 폴더의 권한을 확인하거나 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot write to its data folder %1 (%2). Check its permissions and free space, or choose another folder with --data-dir.</source>
        <translation>Voxnote에서 데이터 폴더 %1에 쓸 수 없습니다(%2). 권한과 여유 공간을 확인하거나 --data-dir로 다른 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::tasks</name>
    <message>
        <source>To do</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>“%1” is not a task status; use todo, in_progress or done.</source>
        <translation>“%1”은(는) 할 일 상태가 아닙니다. todo, in_progress, done 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>“%1” is not a priority; use none, low, medium or high.</source>
        <translation>“%1”은(는) 우선순위가 아닙니다. none, low, medium, high 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, for example 2026-12-01.</source>
        <translation>“%1”은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 입력하세요(예: 2026-12-01).</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>the priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>할 일에는 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>A priority goes from 0 (none) to 3 (high).</source>
        <translation>우선순위는 0(없음)부터 3(높음)까지입니다.</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>changed %1: %2 → %3</source>
        <translation>%1 변경: %2 → %3</translation>
    </message>
    <message>
        <source>commented: %1</source>
        <translation>댓글: %1</translation>
    </message>
    <message>
        <source>created the task</source>
        <translation>할 일 생성</translation>
    </message>
    <message>
        <source>deleted the task</source>
        <translation>할 일 삭제</translation>
    </message>
    <message>
        <source>restored the task</source>
        <translation>할 일 복원</translation>
    </message>
</context>
<context>
    <name>voxnote::tasks::TaskNotifier</name>
    <message>
        <source>Someone</source>
        <translation>알 수 없는 사용자</translation>
    </message>
    <message>
        <source>%1 assigned you “%2”.</source>
        <translation>%1 님이 “%2” 할 일을 나에게 할당했습니다.</translation>
    </message>
    <message>
        <source>%1 moved “%2” from %3 to %4.</source>
        <translation>%1 님이 “%2”의 상태를 변경했습니다: %3 → %4.</translation>
    </message>
    <message>
        <source>%1 changed %2 of “%3”.</source>
        <translation>%1 님이 “%3”의 %2 항목을 변경했습니다.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>voxnote::tasks::TaskRepository</name>
    <message>
        <source>There is no person with the id %1.</source>
        <translation>ID가 %1인 사람이 없습니다.</translation>
    </message>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>ID가 %1인 메모가 없습니다.</translation>
    </message>
    <message>
        <source>There is no task with the id %1.</source>
        <translation>ID가 %1인 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>댓글에는 내용이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::tts</name>
    <message>
        <source>espeak-ng could not speak the text (error %1).</source>
        <translation>espeak-ng가 텍스트를 읽지 못했습니다(오류 %1).</translation>
    </message>
    <message>
        <source>espeak-ng could not load the voice %1.</source>
        <translation>espeak-ng가 음성 %1을(를) 불러오지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::tts::EspeakSynthesizer</name>
    <message>
        <source>There is no voice called &quot;%1&quot;. Installed voices: %2. See &apos;voxnote voices&apos;.</source>
        <translation>&quot;%1&quot;(이)라는 음성이 없습니다. 설치된 음성: %2. &apos;voxnote voices&apos;를 참조하세요.</translation>
    </message>
    <message>
        <source>There is nothing to speak: the text has no letters or digits.</source>
        <translation>읽을 내용이 없습니다. 텍스트에 문자나 숫자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::tts::SoundFileWriter</name>
    <message>
        <source>Voxnote cannot write audio to %1: give the file one of the extensions %2.</source>
        <translation>Voxnote에서 %1에 오디오를 쓸 수 없습니다. 파일 확장자를 %2 중 하나로 지정하세요.</translation>
    </message>
    <message>
        <source>Voxnote could not write the audio file %1 (%2). Check the folder and the free disk space; no partial file was left.</source>
        <translation>Voxnote에서 오디오 파일 %1을(를) 쓰지 못했습니다(%2). 폴더와 디스크 여유 공간을 확인하세요. 불완전한 파일은 남지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::BoardPage</name>
    <message>
        <source>due %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>담당자 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MainWindow</name>
    <message>
        <source>Everything stays on this computer. Data folder: %1</source>
        <translation>모든 데이터는 이 컴퓨터에만 저장됩니다. 데이터 폴더: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>아직 차트로 표시할 내용이 없습니다</translation>
    </message>
    <message>
        <source>Once there are tasks, this shows how the work is moving: by status, by person and by week.</source>
        <translation>할 일이 생기면 상태별, 사람별, 주별로 작업 진행 상황을 보여 줍니다.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>실행 중인 작업이 없습니다</translation>
    </message>
    <message>
        <source>Transcriptions, text recognition and read-aloud run here in the background, so the window never waits.</source>
        <translation>받아쓰기, 텍스트 인식, 소리 내어 읽기가 여기에서 백그라운드로 실행되므로 창이 멈추지 않습니다.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>You are all caught up</source>
        <translation>모든 알림을 확인했습니다</translation>
    </message>
    <message>
        <source>When a task is assigned to you or changes state, you will see it here.</source>
        <translation>할 일이 나에게 할당되거나 상태가 바뀌면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Voxnote</source>
        <translation>Voxnote 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Voxnote</source>
        <translation>Voxnote 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Voxnote %1&lt;/h3&gt;&lt;p&gt;Notes, transcripts, text recognition, read-aloud and team tasks, all on this computer.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Voxnote %1&lt;/h3&gt;&lt;p&gt;메모, 녹취록, 텍스트 인식, 소리 내어 읽기, 팀 할 일 관리를 모두 이 컴퓨터에서 처리합니다.&lt;/p&gt;&lt;p&gt;데이터 폴더: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Voxnote</source>
        <translation>Voxnote</translation>
    </message>
    <message>
        <source>&amp;New Note</source>
        <translation>새 메모(&amp;N)</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteEditor</name>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>#tags</source>
        <translation>#태그</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>마크다운으로 작성하세요…</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Keep this note at the top of the list</source>
        <translation>이 메모를 목록 맨 위에 고정합니다</translation>
    </message>
    <message>
        <source>History</source>
        <translation>버전 기록</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>휴지통으로 이동</translation>
    </message>
    <message>
        <source>This note is in the trash.</source>
        <translation>이 메모는 휴지통에 있습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Delete Forever…</source>
        <translation>영구 삭제…</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1에 수정됨</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>편집 중…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Delete Forever</source>
        <translation>영구 삭제</translation>
    </message>
    <message>
        <source>Delete “%1” and its attachments for good? This cannot be undone.</source>
        <translation>“%1”과(와) 첨부 파일을 영구 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>No earlier versions yet</source>
        <translation>아직 이전 버전이 없습니다</translation>
    </message>
    <message>
        <source>Restore the version from %1 (%2 characters)</source>
        <translation>%1 버전으로 복원(%2자)</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteListDelegate</name>
    <message>
        <source>No text</source>
        <translation>내용 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NoteListModel</name>
    <message>
        <source>Untitled note</source>
        <translation>제목 없는 메모</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotesPage</name>
    <message>
        <source>All Notes</source>
        <translation>모든 메모</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <source>New Note</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>선택한 메모가 없습니다</translation>
    </message>
    <message>
        <source>Choose a note on the left, or press Ctrl+N to start a new one.</source>
        <translation>왼쪽에서 메모를 선택하거나 Ctrl+N을 눌러 새 메모를 만드세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TaskEditor</name>
    <message>
        <source>Due</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Add a comment and press Enter</source>
        <translation>댓글을 입력하고 Enter 키를 누르세요</translation>
    </message>
    <message>
        <source>Delete Task</source>
        <translation>할 일 삭제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>History</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>알 수 없는 사용자</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>연결된 메모: %1</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TaskListModel</name>
    <message>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TasksPage</name>
    <message>
        <source>Overdue</source>
        <translation>마감일 지남</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>이번 주 마감</translation>
    </message>
    <message>
        <source>Add a task and press Enter</source>
        <translation>할 일을 입력하고 Enter 키를 누르세요</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>모든 담당자</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>나에게 할당됨</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>담당자 없음</translation>
    </message>
</context>
</TS>
