<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ChangeApplier</name>
    <message>
        <source>Device %1 has a clock more than a day ahead of this one; its changes were kept and later edits still take their place.</source>
        <translation>장치 %1의 시계가 이 장치보다 하루 넘게 앞서 있습니다. 해당 장치의 변경 사항은 유지되었으며, 이후의 수정 사항이 계속 우선 적용됩니다.</translation>
    </message>
    <message>
        <source>Row %1 of %2 is not complete yet (%3).</source>
        <translation>%2의 %1 행이 아직 완전하지 않습니다(%3).</translation>
    </message>
    <message>
        <source>%1 (conflict copy)</source>
        <translation>%1 (충돌 사본)</translation>
    </message>
    <message>
        <source>Device %1 sent change %2 with an impossible clock value (%3): it was refused, and that device&apos;s later changes are not applied either. Its clock or its copy of Voxnote is broken, or someone forged its changes; check that device.</source>
        <translation>기기 %1이(가) 있을 수 없는 시계 값(%3)으로 변경 사항 %2을(를) 보냈습니다. 이 변경 사항은 거부되었으며, 해당 기기의 이후 변경 사항도 적용되지 않습니다. 그 기기의 시계나 Voxnote에 문제가 있거나, 누군가 변경 사항을 위조했습니다. 해당 기기를 확인하세요.</translation>
    </message>
    <message>
        <source>Device %1 gave person %2 the e-mail address “%3”, which is not one Voxnote can send to; the address is left empty here until that device sets a proper one.</source>
        <translation>기기 %1에서 ID가 %2인 사람의 이메일 주소를 “%3”(으)로 지정했지만, Voxnote에서 이메일을 보낼 수 없는 주소입니다. 해당 기기에서 올바른 주소를 설정할 때까지 이 기기에서는 주소를 비워 둡니다.</translation>
    </message>
    <message>
        <source>Device %1 tried to change or remove entry %2 of a task&apos;s activity history. The history is append-only: the entry stays as it was written, and what that device sent is kept only as a record of the attempt.</source>
        <translation>기기 %1이(가) 할 일 활동 기록의 항목 %2을(를) 변경하거나 삭제하려고 했습니다. 활동 기록에는 항목을 추가만 할 수 있으므로 해당 항목은 작성된 그대로 유지되며, 그 기기가 보낸 내용은 시도 기록으로만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ChangeCodec</name>
    <message>
        <source>A change holds a value of an unknown kind.</source>
        <translation>변경 사항에 알 수 없는 종류의 값이 들어 있습니다.</translation>
    </message>
    <message>
        <source>The change data is damaged.</source>
        <translation>변경 데이터가 손상되었습니다.</translation>
    </message>
</context>
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
    <name>DeviceKeys</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>암호화 라이브러리를 시작할 수 없습니다.</translation>
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
    <message>
        <source>“%1” is not an e-mail address Voxnote can send from; write it as name@example.org, without spaces, line breaks or brackets.</source>
        <translation>“%1”은(는) Voxnote에서 보내는 사람 주소로 사용할 수 있는 이메일 주소가 아닙니다. 공백, 줄 바꿈, 괄호 없이 name@example.org 형식으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>EngineRegistry</name>
    <message>
        <source>There is no %1 called “%2”. Voxnote has: %3.</source>
        <translation>“%2”(이)라는 %1이(가) 없습니다. Voxnote에서 사용할 수 있는 항목: %3.</translation>
    </message>
    <message>
        <source>text recognition engine</source>
        <translation>텍스트 인식 엔진</translation>
    </message>
    <message>
        <source>speech recogniser</source>
        <translation>음성 인식기</translation>
    </message>
    <message>
        <source>voice engine</source>
        <translation>음성 합성 엔진</translation>
    </message>
</context>
<context>
    <name>EngineWorkers</name>
    <message>
        <source>Voxnote has no engine called “%1”.</source>
        <translation>Voxnote에 “%1”(이)라는 엔진이 없습니다.</translation>
    </message>
    <message>
        <source>The engine program kept quitting before it started on “%1”. Retry.</source>
        <translation>엔진 프로그램이 “%1” 작업을 시작하기 전에 계속 종료되었습니다. 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>EspeakSynthesizer</name>
    <message>
        <source>There is no voice called &quot;%1&quot;. Installed voices: %2. See &apos;voxnote voices&apos;.</source>
        <translation>&quot;%1&quot;(이)라는 음성이 없습니다. 설치된 음성: %2. &apos;voxnote voices&apos;를 참조하세요.</translation>
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
    <name>FolderCipher</name>
    <message>
        <source>The encryption library could not start.</source>
        <translation>암호화 라이브러리를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s encryption settings are damaged.</source>
        <translation>동기화 폴더의 암호화 설정이 손상되었습니다.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the encryption key from the passphrase.</source>
        <translation>암호 문구에서 암호화 키를 만들 메모리가 부족합니다.</translation>
    </message>
</context>
<context>
    <name>FolderRemote</name>
    <message>
        <source>%1 in the sync folder is a symbolic link; Voxnote does not write through links there. Remove it and sync again.</source>
        <translation>동기화 폴더의 %1은(는) 심볼릭 링크입니다. Voxnote는 동기화 폴더에서 링크를 통해 쓰지 않습니다. 링크를 제거한 뒤 다시 동기화하세요.</translation>
    </message>
</context>
<context>
    <name>FolderScan</name>
    <message numerus="yes">
        <source>%n file(s) skipped: neither recordings nor images (%1).</source>
        <translation>
            <numerusform>녹음도 이미지도 아닌 파일 %n개를 건너뛰었습니다(%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) back to a folder already imported not followed (%1).</source>
        <translation>
            <numerusform>이미 가져온 폴더를 다시 가리키는 링크 %n개는 따라가지 않았습니다(%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) Voxnote may not read skipped; check their permissions (%1).</source>
        <translation>
            <numerusform>Voxnote에 읽기 권한이 없는 파일 또는 폴더 %n개를 건너뛰었습니다. 권한을 확인하세요(%1).</numerusform>
        </translation>
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
    <name>JobStore</name>
    <message>
        <source>Voxnote stopped unexpectedly during this job %1 times, so the job was not started again. The file may be damaged: check it, then retry the job.</source>
        <translation>이 작업 중에 Voxnote가 %1번 예기치 않게 중지되어 작업을 다시 시작하지 않았습니다. 파일이 손상되었을 수 있습니다. 파일을 확인한 뒤 작업을 다시 시도하세요.</translation>
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
    <name>OcrView</name>
    <message>
        <source>Searchable PDF…</source>
        <translation>검색 가능한 PDF…</translation>
    </message>
    <message>
        <source>Searchable PDF (*.pdf)</source>
        <translation>검색 가능한 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain Text…</source>
        <translation>일반 텍스트…</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>일반 텍스트 (*.txt)</translation>
    </message>
    <message>
        <source>JSON with Word Boxes…</source>
        <translation>단어 영역이 포함된 JSON…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>hOCR…</source>
        <translation>hOCR…</translation>
    </message>
    <message>
        <source>hOCR (*.hocr)</source>
        <translation>hOCR (*.hocr)</translation>
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
    <name>QKeychain</name>
    <message>
        <source>the secret store did not answer</source>
        <translation>비밀 저장소가 응답하지 않음</translation>
    </message>
</context>
<context>
    <name>ReadPipeline</name>
    <message>
        <source>The earlier steps of this reading are missing from its record. Start the reading again.</source>
        <translation>이 읽기의 기록에 이전 단계가 없습니다. 읽기를 다시 시작하세요.</translation>
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
    <name>SpeechRenditions</name>
    <message>
        <source>There is no note with the id %1. List notes with &apos;voxnote info&apos; or check the id.</source>
        <translation>ID가 %1인 메모가 없습니다. &apos;voxnote info&apos;로 메모 목록을 확인하거나 ID를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Sent %1 and received %2 changes.</source>
        <translation>변경 사항 %1개를 보내고 %2개를 받았습니다.</translation>
    </message>
    <message>
        <source>Sync failed unexpectedly (%1) and stopped for now; nothing was lost.</source>
        <translation>예기치 않은 오류로 동기화에 실패하여 일단 중지되었습니다(%1). 손실된 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>“%1”을(를) 쓰지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>Highlighted words are those the recogniser was unsure of; check them against the recording.</source>
        <translation>강조 표시된 단어는 인식기가 확신하지 못한 단어입니다. 녹음과 대조해 확인하세요.</translation>
    </message>
</context>
<context>
    <name>WorkerServer</name>
    <message>
        <source>The engine program cannot do “%1”.</source>
        <translation>엔진 프로그램에서 “%1” 작업을 수행할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>WorkerSynthesizer</name>
    <message>
        <source>the list of voices</source>
        <translation>음성 목록</translation>
    </message>
    <message>
        <source>the text to read aloud</source>
        <translation>소리 내어 읽을 텍스트</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>The engine needed more than %1 MB of memory for “%2” and was stopped. Try a smaller file, or close other programs and retry.</source>
        <translation>엔진이 “%2” 처리에 %1MB가 넘는 메모리를 필요로 하여 중지되었습니다. 더 작은 파일로 시도하거나 다른 프로그램을 닫은 뒤 다시 시도하세요.</translation>
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
    <name>notes</name>
    <message>
        <source>There is no note with the id %1.</source>
        <translation>ID가 %1인 메모가 없습니다.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>The transcript of “%1” was stored but cannot be found; try again.</source>
        <translation>“%1”의 녹취록을 저장했지만 찾을 수 없습니다. 다시 시도하세요.</translation>
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
    <name>voxnote::audio::RecordingFile</name>
    <message>
        <source>%1 has reached the longest recording one file can hold; stop and start a new one.</source>
        <translation>%1이(가) 파일 하나에 담을 수 있는 최대 녹음 길이에 도달했습니다. 녹음을 멈추고 새로 시작하세요.</translation>
    </message>
    <message>
        <source>The recording could not be written to %1 (%2). Is the disk full?</source>
        <translation>녹음을 %1에 쓰지 못했습니다(%2). 디스크가 가득 찼는지 확인하세요.</translation>
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
    <message>
        <source>Voxnote cannot write %1 (%2).</source>
        <translation>Voxnote에서 %1에 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>동기화가 설정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Remote:          %1 (%2%3)</source>
        <translation>원격:            %1 (%2%3)</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, 암호화됨</translation>
    </message>
    <message>
        <source>, team %1</source>
        <translation>, 팀 %1</translation>
    </message>
    <message>
        <source>Last sync:       %1</source>
        <translation>마지막 동기화:   %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Waiting to send: %1 changes</source>
        <translation>전송 대기:       변경 사항 %1개</translation>
    </message>
    <message>
        <source>Media pending:   %1</source>
        <translation>미디어 대기:     %1</translation>
    </message>
    <message>
        <source>Stopped:         %1</source>
        <translation>중지됨:          %1</translation>
    </message>
    <message>
        <source>Last error:      %1</source>
        <translation>마지막 오류:     %1</translation>
    </message>
    <message>
        <source>Note:            %1</source>
        <translation>참고:            %1</translation>
    </message>
    <message>
        <source>Conflict copy:   %1  %2</source>
        <translation>충돌 사본:       %1  %2</translation>
    </message>
    <message>
        <source>smtps:// is always encrypted; --unencrypted is for an smtp:// relay.</source>
        <translation>smtps://는 항상 암호화됩니다. --unencrypted는 smtp:// 릴레이에 사용하는 옵션입니다.</translation>
    </message>
    <message>
        <source>Notifications will be e-mailed through %1 WITHOUT encryption: anyone on the network between here and the server can read them and the password.</source>
        <translation>알림을 %1을(를) 통해 암호화 없이 이메일로 보냅니다. 이 컴퓨터와 서버 사이의 네트워크에 있는 누구나 알림 내용과 비밀번호를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Notifications will be e-mailed through %1, encrypted (TLS).</source>
        <translation>알림을 %1을(를) 통해 암호화(TLS)하여 이메일로 보냅니다.</translation>
    </message>
    <message>
        <source>The password is kept in %1, not in the database.</source>
        <translation>비밀번호는 데이터베이스가 아니라 %1에 보관됩니다.</translation>
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
    <name>voxnote::cli::ImportVerb</name>
    <message>
        <source>Import recordings, images and folders of them as notes.</source>
        <translation>녹음, 이미지 및 이를 담은 폴더를 메모로 가져옵니다.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>가져올 파일 또는 폴더.</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>경로…</translation>
    </message>
    <message>
        <source>Transcribe and recognise them now, and wait until that is done.</source>
        <translation>지금 받아쓰기와 텍스트 인식을 실행하고 끝날 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Name at least one file or folder.</source>
        <translation>파일이나 폴더를 하나 이상 지정하세요.</translation>
    </message>
    <message>
        <source>%1 holds no recordings or images.</source>
        <translation>%1에 녹음이나 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <translation>%1: 메모 %2</translation>
    </message>
    <message>
        <source>A job did not finish.</source>
        <translation>작업 하나가 완료되지 않았습니다.</translation>
    </message>
    <message>
        <source>Transcription and text recognition are queued; the window runs them, or import with --wait.</source>
        <translation>받아쓰기와 텍스트 인식이 대기열에 추가되었습니다. 창을 열면 실행되며, 바로 실행하려면 --wait로 가져오세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::JobsVerb</name>
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
        <translation>&apos;%1&apos;은(는) 작업 명령이 아닙니다.</translation>
    </message>
    <message>
        <source>List the background work, show one job, retry or cancel it, or run what is waiting.</source>
        <translation>백그라운드 작업 목록을 보거나, 작업 하나를 표시하거나, 다시 시도 또는 취소하거나, 대기 중인 작업을 실행합니다.</translation>
    </message>
    <message>
        <source>list | show ID | retry ID | cancel ID | resume</source>
        <translation>list | show ID | retry ID | cancel ID | resume</translation>
    </message>
    <message>
        <source>No work is waiting any more.</source>
        <translation>더 이상 대기 중인 작업이 없습니다.</translation>
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
    <message>
        <source>Send through an smtp:// relay that offers no encryption, such as one on this computer (smtp). Without it, a server must offer STARTTLS.</source>
        <translation>이 컴퓨터에 있는 릴레이처럼 암호화를 제공하지 않는 smtp:// 릴레이를 통해 보냅니다(smtp). 이 옵션이 없으면 서버가 STARTTLS를 제공해야 합니다.</translation>
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
        <source>languages</source>
        <translation>언어</translation>
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
    <message>
        <source>%1 was not read.</source>
        <translation>%1을(를) 읽지 못했습니다.</translation>
    </message>
    <message>
        <source>Languages of the text, e.g. eng or eng+kor (default: chosen for each page from its script, among the installed languages).</source>
        <translation>텍스트의 언어(예: eng 또는 eng+kor, 기본값: 설치된 언어 중에서 페이지마다 문자 체계에 맞게 선택).</translation>
    </message>
    <message>
        <source>%1, page %2: %3</source>
        <translation>%1, %2페이지: %3</translation>
    </message>
    <message>
        <source>Output format: txt, json, hocr or pdf (a searchable PDF of the images; needs -o) (default: txt; json with --json).</source>
        <translation>출력 형식: txt, json, hocr 또는 pdf(이미지의 검색 가능한 PDF, -o 필요)(기본값: txt, --json 사용 시 json).</translation>
    </message>
    <message>
        <source>A PDF is written to a file: add -o FILE.pdf.</source>
        <translation>PDF는 파일로 저장됩니다. -o 파일.pdf를 추가하세요.</translation>
    </message>
    <message>
        <source>%1, page %2: the PDF&apos;s own text was used; the page was not recognised.</source>
        <translation>%1, %2페이지: PDF에 포함된 텍스트를 사용했으며 페이지는 인식하지 않았습니다.</translation>
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
    <name>voxnote::cli::ReadVerb</name>
    <message>
        <source>Read photographed or scanned pages aloud into one sound file.</source>
        <translation>사진이나 스캔한 페이지를 소리 내어 읽어 하나의 사운드 파일로 저장합니다.</translation>
    </message>
    <message>
        <source>The page images, in reading order.</source>
        <translation>읽는 순서대로 나열한 페이지 이미지.</translation>
    </message>
    <message>
        <source>IMAGE...</source>
        <translation>이미지...</translation>
    </message>
    <message>
        <source>The sound file to write: .ogg, .mp3, .wav or .flac.</source>
        <translation>저장할 사운드 파일: .ogg, .mp3, .wav 또는 .flac.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Languages of the pages, e.g. eng or eng+kor (default eng).</source>
        <translation>페이지의 언어(예: eng 또는 eng+kor, 기본값 eng).</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>언어</translation>
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
        <source>Give the page images to read, e.g. voxnote read page1.jpg page2.jpg -o book.ogg</source>
        <translation>읽을 페이지 이미지를 지정하세요(예: voxnote read page1.jpg page2.jpg -o book.ogg).</translation>
    </message>
    <message>
        <source>Name the sound file to write with -o FILE.ogg (or .mp3, .wav, .flac).</source>
        <translation>저장할 사운드 파일을 -o 파일.ogg(또는 .mp3, .wav, .flac)로 지정하세요.</translation>
    </message>
    <message>
        <source>%1 must end in .ogg, .mp3, .wav or .flac.</source>
        <translation>%1은(는) .ogg, .mp3, .wav 또는 .flac으로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>--rate takes a number from 80 to 450.</source>
        <translation>--rate에는 80부터 450까지의 숫자를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the page images inside it.</source>
        <translation>%1은(는) 폴더입니다. 폴더 안의 페이지 이미지를 지정하세요.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The reading was stopped.</source>
        <translation>읽기가 중지되었습니다.</translation>
    </message>
    <message>
        <source>Read %1 of %2 pages aloud into %3 (%4 s); saved as note %5.</source>
        <translation>%2페이지 중 %1페이지를 소리 내어 읽어 %3에 담았습니다(%4초). 메모 %5(으)로 저장했습니다.</translation>
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
    <name>voxnote::cli::SyncVerb</name>
    <message>
        <source>Sync with your other devices and team through a shared folder or a PostgreSQL server.</source>
        <translation>공유 폴더나 PostgreSQL 서버를 통해 다른 기기 및 팀과 동기화합니다.</translation>
    </message>
    <message>
        <source>setup folder PATH | setup postgres URL | now | status | admin init URL | admin add-member URL TEAM ROLE</source>
        <translation>setup folder 경로 | setup postgres URL | now | status | admin init URL | admin add-member URL 팀 역할</translation>
    </message>
    <message>
        <source>Encrypt a new sync folder with a passphrase (asked for, or VOXNOTE_SYNC_PASSPHRASE).</source>
        <translation>새 동기화 폴더를 암호 문구로 암호화합니다(입력 요청 또는 VOXNOTE_SYNC_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The team whose data to share on the server.</source>
        <translation>서버에서 데이터를 공유할 팀.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Use: voxnote sync admin init URL, or voxnote sync admin add-member URL TEAM ROLE.</source>
        <translation>사용법: voxnote sync admin init URL 또는 voxnote sync admin add-member URL 팀 역할.</translation>
    </message>
    <message>
        <source>The server is ready for Voxnote sync.</source>
        <translation>서버에서 Voxnote 동기화를 사용할 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>Password for %1 (empty to keep or set none): </source>
        <translation>%1의 비밀번호(비워 두면 유지 또는 설정 안 함): </translation>
    </message>
    <message>
        <source>%1 is now a member of team %2.</source>
        <translation>%1이(가) 이제 팀 %2의 구성원입니다.</translation>
    </message>
    <message>
        <source>Use: voxnote sync setup folder PATH [--encrypt], or voxnote sync setup postgres URL --team NAME.</source>
        <translation>사용법: voxnote sync setup folder 경로 [--encrypt] 또는 voxnote sync setup postgres URL --team 이름.</translation>
    </message>
    <message>
        <source>Passphrase for the sync folder: </source>
        <translation>동기화 폴더 암호 문구: </translation>
    </message>
    <message>
        <source>An encrypted sync folder needs a passphrase.</source>
        <translation>암호화된 동기화 폴더에는 암호 문구가 필요합니다.</translation>
    </message>
    <message>
        <source>Sync can be set up with a folder or a postgres server, not &quot;%1&quot;.</source>
        <translation>동기화는 폴더나 postgres 서버로만 설정할 수 있습니다. &quot;%1&quot;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sent %1 changes, received %2.</source>
        <translation>변경 사항 %1개를 보내고 %2개를 받았습니다.</translation>
    </message>
    <message>
        <source>%1 notes were changed on two devices at once; the other version of each is kept as a conflict copy (see voxnote sync status).</source>
        <translation>메모 %1개가 두 기기에서 동시에 변경되었습니다. 각 메모의 다른 버전은 충돌 사본으로 보관됩니다(voxnote sync status 참조).</translation>
    </message>
    <message>
        <source>Unknown sync command &quot;%1&quot;. Use setup, now, status or admin.</source>
        <translation>알 수 없는 동기화 명령 &quot;%1&quot;입니다. setup, now, status, admin 중 하나를 사용하세요.</translation>
    </message>
    <message>
        <source>A note was changed on two devices at once; the other version is kept as a conflict copy (see voxnote sync status).</source>
        <translation>메모 하나가 두 기기에서 동시에 바뀌었습니다. 다른 버전은 충돌 사본으로 보관했습니다(voxnote sync status 참고).</translation>
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
    <message>
        <source>%1 and %2 would both be written to %3: give them different names, or transcribe them one at a time.</source>
        <translation>%1과(와) %2이(가) 모두 %3에 쓰이게 됩니다. 파일 이름을 서로 다르게 하거나 하나씩 받아쓰세요.</translation>
    </message>
    <message>
        <source>The language spoken, e.g. en-US (default: the one chosen in Settings, else the speech model&apos;s).</source>
        <translation>말하는 언어(예: en-US, 기본값: 설정에서 선택한 언어, 없으면 음성 모델의 언어).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>voxnote::cli::VocabVerb</name>
    <message>
        <source>Your own words for transcription: add a name or term, list them, remove one.</source>
        <translation>받아쓰기용 사용자 단어: 이름이나 용어를 추가하거나, 목록을 보거나, 하나를 삭제합니다.</translation>
    </message>
    <message>
        <source>add WORD | list | remove WORD</source>
        <translation>add 단어 | list | remove 단어</translation>
    </message>
    <message>
        <source>How the word sounds: words that sound the same (&quot;shiv on&quot;) or CMU phones (&quot;SH IH V AO N&quot;).</source>
        <translation>단어의 발음: 발음이 같은 단어(&quot;shiv on&quot;) 또는 CMU 음소(&quot;SH IH V AO N&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Missing the command (add, list, remove).</source>
        <translation>명령이 없습니다(add, list, remove).</translation>
    </message>
    <message>
        <source>Name one word to add, e.g. voxnote vocab add Siobhan --sounds-like &quot;shiv on&quot;.</source>
        <translation>추가할 단어를 하나 지정하세요(예: voxnote vocab add Siobhan --sounds-like &quot;shiv on&quot;).</translation>
    </message>
    <message>
        <source>Added “%1” (%2).</source>
        <translation>“%1”을(를) 추가했습니다(%2).</translation>
    </message>
    <message>
        <source>  (sounds like “%1”)</source>
        <translation>  (발음: “%1”)</translation>
    </message>
    <message>
        <source>Name the word to remove.</source>
        <translation>삭제할 단어를 지정하세요.</translation>
    </message>
    <message>
        <source>“%1” is not in your vocabulary; voxnote vocab list shows what is.</source>
        <translation>“%1”은(는) 단어 목록에 없습니다. voxnote vocab list로 목록을 확인하세요.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a vocab command; use add, list or remove.</source>
        <translation>&apos;%1&apos;은(는) vocab 명령이 아닙니다. add, list, remove 중 하나를 사용하세요.</translation>
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
    <name>voxnote::notify</name>
    <message>
        <source>“%1” is not an e-mail address Voxnote can send to (it must look like name@example.org, without spaces, line breaks or brackets); nothing was sent.</source>
        <translation>“%1”은(는) Voxnote에서 이메일을 보낼 수 있는 주소가 아닙니다(공백, 줄 바꿈, 괄호 없이 name@example.org 형식이어야 함). 보낸 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::notify::SmtpSender</name>
    <message>
        <source>Voxnote could not start its e-mail client.</source>
        <translation>Voxnote에서 이메일 클라이언트를 시작하지 못했습니다.</translation>
    </message>
    <message>
        <source>The e-mail server %1 does not offer an encrypted connection (STARTTLS), so Voxnote sent neither your password nor the e-mail to %2. Use the server&apos;s smtps:// address, or, for a relay on this computer or a network you trust, allow sending without encryption in the e-mail settings.</source>
        <translation>이메일 서버 %1이(가) 암호화된 연결(STARTTLS)을 제공하지 않으므로 Voxnote는 비밀번호도, %2에게 보낼 이메일도 전송하지 않았습니다. 서버의 smtps:// 주소를 사용하거나, 이 컴퓨터 또는 신뢰하는 네트워크에 있는 릴레이라면 이메일 설정에서 암호화 없이 보내기를 허용하세요.</translation>
    </message>
    <message>
        <source>The e-mail to %1 could not be sent through %2 (%3).</source>
        <translation>%2을(를) 통해 %1에게 이메일을 보내지 못했습니다(%3).</translation>
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
    <message>
        <source>line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>%1–%2번째 줄</translation>
    </message>
    <message>
        <source>Part of this page could not be read: %1.</source>
        <translation>이 페이지의 일부를 읽지 못했습니다: %1.</translation>
    </message>
    <message>
        <source>the JPEG data is cut off</source>
        <translation>JPEG 데이터가 잘림</translation>
    </message>
    <message>
        <source>%1: its image is not at hand, so it cannot go into a PDF.</source>
        <translation>%1: 이미지를 사용할 수 없으므로 PDF에 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 has no page %2 any more.</source>
        <translation>%1에 더 이상 %2페이지가 없습니다.</translation>
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
        <source>Voxnote could not write %1 (%2). Check the folder and the free disk space; the file was left as it was.</source>
        <translation>Voxnote에서 %1을(를) 쓰지 못했습니다(%2). 폴더와 디스크 여유 공간을 확인하세요. 파일은 원래 상태로 유지되었습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OCR export format; choose txt, json, hocr or pdf.</source>
        <translation>&quot;%1&quot;은(는) OCR 내보내기 형식이 아닙니다. txt, json, hocr, pdf 중에서 선택하세요.</translation>
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
    <name>voxnote::ocr::SearchablePdf</name>
    <message>
        <source>The page could not be stored in the PDF: %1</source>
        <translation>페이지를 PDF에 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>There is no page to put in the PDF.</source>
        <translation>PDF에 넣을 페이지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::TessData</name>
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
        <source>A searchable PDF needs tesseract&apos;s font %1, which is missing. Install the package libtesseract5.</source>
        <translation>검색 가능한 PDF를 만들려면 tesseract 글꼴 %1이(가) 필요하지만 없습니다. libtesseract5 패키지를 설치하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::ocr::TesseractEngine</name>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract가 페이지를 인식하지 못했습니다.</translation>
    </message>
    <message>
        <source>No OCR language is installed. Install the package tesseract-ocr-eng (English) or tesseract-ocr-kor (Korean).</source>
        <translation>설치된 OCR 언어가 없습니다. tesseract-ocr-eng(영어) 또는 tesseract-ocr-kor(한국어) 패키지를 설치하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::people::PersonRepository</name>
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
    <message>
        <source>“%1” is not an e-mail address Voxnote can send to; write it as name@example.org, without spaces or brackets.</source>
        <translation>“%1”은(는) Voxnote에서 이메일을 보낼 수 있는 주소가 아닙니다. 공백이나 괄호 없이 name@example.org 형식으로 입력하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines</name>
    <message>
        <source>Transcription</source>
        <translation>받아쓰기</translation>
    </message>
    <message>
        <source>Text recognition</source>
        <translation>텍스트 인식</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Reading pages aloud</source>
        <translation>페이지 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Transcribing</source>
        <translation>받아쓰는 중</translation>
    </message>
    <message>
        <source>Finding speakers</source>
        <translation>화자 찾는 중</translation>
    </message>
    <message>
        <source>Recognizing text</source>
        <translation>텍스트 인식 중</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>읽는 중</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>저장 중</translation>
    </message>
    <message>
        <source>%1 and %2 more pages</source>
        <translation>%1 외 %2페이지</translation>
    </message>
    <message>
        <source>%1 and 1 more page</source>
        <translation>%1 외 1페이지</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::MediaImport</name>
    <message>
        <source>%1 is a folder. Import the audio or image files inside it instead.</source>
        <translation>%1은(는) 폴더입니다. 대신 폴더 안의 오디오 또는 이미지 파일을 가져오세요.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation>%1이(가) 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Voxnote may not read %1; check the file&apos;s permissions.</source>
        <translation>Voxnote에 %1에 대한 읽기 권한이 없습니다. 파일 권한을 확인하세요.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 Voxnote imports.</source>
        <translation>%1의 크기가 %2로, Voxnote에서 가져올 수 있는 한도인 %3보다 큽니다.</translation>
    </message>
    <message>
        <source>%1 is neither a recording nor an image Voxnote can read (it looks like %2).</source>
        <translation>%1은(는) Voxnote에서 읽을 수 있는 녹음이나 이미지가 아닙니다(%2 형식으로 보임).</translation>
    </message>
    <message>
        <source>The note for %1 was deleted meanwhile; import the file again.</source>
        <translation>그사이 %1의 메모가 삭제되었습니다. 파일을 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The clipboard holds no image to paste.</source>
        <translation>클립보드에 붙여 넣을 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>붙여 넣은 이미지 %1</translation>
    </message>
    <message>
        <source>Voxnote could not store the pasted image.</source>
        <translation>Voxnote에서 붙여 넣은 이미지를 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>This note has no text to read aloud yet.</source>
        <translation>이 메모에는 아직 소리 내어 읽을 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Untitled note</source>
        <translation>제목 없는 메모</translation>
    </message>
    <message>
        <source>This note has no page images to read aloud.</source>
        <translation>이 메모에는 소리 내어 읽을 페이지 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>That image is no longer part of the note.</source>
        <translation>해당 이미지는 더 이상 이 메모에 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::ReadPipeline</name>
    <message>
        <source>%1 is a folder; give the page images inside it.</source>
        <translation>%1은(는) 폴더입니다. 폴더 안의 페이지 이미지를 지정하세요.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Give at least one page image to read.</source>
        <translation>읽을 페이지 이미지를 하나 이상 지정하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::RecognizePagesStage</name>
    <message>
        <source>Page %1 (%2) was left out: %3</source>
        <translation>%1페이지(%2)를 건너뛰었습니다: %3</translation>
    </message>
    <message>
        <source>None of the %1 images could be read. The first: %2</source>
        <translation>이미지 %1개를 모두 읽지 못했습니다. 첫 번째 오류: %2</translation>
    </message>
    <message>
        <source>This reading has no pages to read.</source>
        <translation>이 읽기에는 읽을 페이지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::SaveReadingStage</name>
    <message>
        <source>The note these pages belong to was deleted, so the reading was not saved.</source>
        <translation>이 페이지가 속한 메모가 삭제되어 읽기 결과를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>소리 내어 읽기</translation>
    </message>
</context>
<context>
    <name>voxnote::pipelines::SynthesizeStage</name>
    <message>
        <source>No text was found on the pages, so there is nothing to read aloud.</source>
        <translation>페이지에서 텍스트를 찾지 못해 소리 내어 읽을 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Voxnote cannot make a temporary file for the audio (%1).</source>
        <translation>Voxnote에서 오디오용 임시 파일을 만들 수 없습니다(%1).</translation>
    </message>
</context>
<context>
    <name>voxnote::settings</name>
    <message>
        <source>Voxnote cannot read its secrets from %1 (%2).</source>
        <translation>Voxnote에서 %1의 비밀 정보를 읽을 수 없습니다(%2).</translation>
    </message>
</context>
<context>
    <name>voxnote::settings::SecretStore</name>
    <message>
        <source>the desktop&apos;s secret store</source>
        <translation>데스크톱 비밀 저장소</translation>
    </message>
    <message>
        <source>Voxnote cannot read “%1” from the desktop&apos;s secret store: %2. Unlock it, or allow Voxnote to use it, and try again.</source>
        <translation>Voxnote에서 데스크톱 비밀 저장소의 “%1”을(를) 읽을 수 없습니다: %2. 비밀 저장소의 잠금을 해제하거나 Voxnote가 사용할 수 있도록 허용한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot keep “%1” in the desktop&apos;s secret store: %2. Nothing was saved; unlock the secret store, or allow Voxnote to use it, and try again.</source>
        <translation>Voxnote에서 데스크톱 비밀 저장소에 “%1”을(를) 보관할 수 없습니다: %2. 저장된 내용은 없습니다. 비밀 저장소의 잠금을 해제하거나 Voxnote가 사용할 수 있도록 허용한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot make the private folder %1 for its secrets. Nothing was saved.</source>
        <translation>Voxnote에서 비밀 정보를 보관할 비공개 폴더 %1을(를) 만들 수 없습니다. 저장된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>Voxnote cannot save its secrets in %1 (%2). Nothing was saved.</source>
        <translation>Voxnote에서 %1에 비밀 정보를 저장할 수 없습니다(%2). 저장된 내용은 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::speech</name>
    <message>
        <source>The pronouncing dictionary %1 cannot be read; install the pocketsphinx-en-us package.</source>
        <translation>발음 사전 %1을(를) 읽을 수 없습니다. pocketsphinx-en-us 패키지를 설치하세요.</translation>
    </message>
    <message>
        <source>“%1” is not in the pronouncing dictionary, and espeak-ng, which would tell how it sounds, is not installed; install the espeak-ng package.</source>
        <translation>“%1”이(가) 발음 사전에 없고, 발음을 알아낼 수 있는 espeak-ng도 설치되어 있지 않습니다. espeak-ng 패키지를 설치하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::speech::TranscribeStage</name>
    <message>
        <source>“%1” cannot be transcribed in “%2”: the speech model installed recognises %3 only.</source>
        <translation>“%1”을(를) “%2”(으)로 받아쓸 수 없습니다. 설치된 음성 모델은 %3만 인식합니다.</translation>
    </message>
    <message>
        <source>The transcript of “%1” was not stored: the recording is no longer attached to its note.</source>
        <translation>“%1”의 녹취록을 저장하지 않았습니다. 녹음이 더 이상 메모에 첨부되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No speech was found in “%1”: it holds only silence or noise, so its transcript is empty.</source>
        <translation>“%1”에서 음성을 찾지 못했습니다. 무음이나 잡음만 있으므로 녹취록이 비어 있습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::speech::Vocabulary</name>
    <message>
        <source>“%1” has no letters; a vocabulary word needs at least one.</source>
        <translation>“%1”에 글자가 없습니다. 단어에는 글자가 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters; a vocabulary word must be shorter.</source>
        <translation>“%1…”이(가) %2자보다 깁니다. 단어는 이보다 짧아야 합니다.</translation>
    </message>
    <message>
        <source>“%1” has a space; add each word on its own.</source>
        <translation>“%1”에 공백이 있습니다. 단어를 하나씩 따로 추가하세요.</translation>
    </message>
    <message>
        <source>“%1” holds a bracket or starts with &lt;, [ or +, which the recogniser reserves; leave them out.</source>
        <translation>“%1”에 괄호가 있거나, 인식기가 예약한 &lt;, [, + 문자로 시작합니다. 이 문자를 빼고 입력하세요.</translation>
    </message>
    <message>
        <source>The vocabulary already holds %1 words, as many as it can; remove some before adding “%2”.</source>
        <translation>단어 목록에 이미 최대 개수인 %1개의 단어가 있습니다. “%2”을(를) 추가하기 전에 일부를 삭제하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::speech::WordPronouncer</name>
    <message>
        <source>Voxnote cannot tell how “%1” sounds; write what it sounds like in plain English letters, or in CMU phones such as “SH IH V AO N”.</source>
        <translation>Voxnote에서 “%1”의 발음을 알 수 없습니다. 발음을 일반 영어 철자로 쓰거나 “SH IH V AO N” 같은 CMU 음소로 입력하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot tell how “%1” sounds; add it with a spelling that sounds the same (“sounds like”), e.g. “shiv on”.</source>
        <translation>Voxnote에서 “%1”의 발음을 알 수 없습니다. 발음이 같은 철자(“발음”)를 함께 입력해 추가하세요(예: “shiv on”).</translation>
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
    <name>voxnote::sync</name>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>%1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>Sync was cancelled; it continues where it stopped next time.</source>
        <translation>동기화가 취소되었습니다. 다음번에 중단된 지점부터 계속합니다.</translation>
    </message>
    <message>
        <source>The sync server address is not one Voxnote can use: %1</source>
        <translation>Voxnote에서 사용할 수 없는 동기화 서버 주소입니다: %1</translation>
    </message>
</context>
<context>
    <name>voxnote::sync::FolderRemote</name>
    <message>
        <source>The sync folder %1 has no remote.json any more: it was emptied, moved or is not mounted. Sync has stopped and nothing was deleted here. Check the folder; to start over with it, set it up again (voxnote sync setup folder).</source>
        <translation>동기화 폴더 %1에 더 이상 remote.json이 없습니다. 폴더가 비워졌거나, 옮겨졌거나, 마운트되지 않았습니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 폴더를 확인하세요. 이 폴더로 다시 시작하려면 다시 설정하세요(voxnote sync setup folder).</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>%1을(를) 읽지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>%1 is empty or not the identity file of a Voxnote sync folder. Sync has stopped and nothing was deleted here. Check the folder; to start over with it, set it up again (voxnote sync setup folder).</source>
        <translation>%1이(가) 비어 있거나 Voxnote 동기화 폴더의 식별 파일이 아닙니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 폴더를 확인하세요. 이 폴더로 다시 시작하려면 다시 설정하세요(voxnote sync setup folder).</translation>
    </message>
    <message>
        <source>Could not create the sync folder %1.</source>
        <translation>동기화 폴더 %1을(를) 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>The sync folder %1 is encrypted: give its passphrase.</source>
        <translation>동기화 폴더 %1은(는) 암호화되어 있습니다. 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>That passphrase does not open the encrypted sync folder %1. Type the passphrase the folder was set up with.</source>
        <translation>이 암호 문구로는 암호화된 동기화 폴더 %1을(를) 열 수 없습니다. 폴더를 설정할 때 사용한 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>The sync folder %1 was %2 when this device joined it and is not any more. Sync has stopped and nothing was deleted here; set the folder up again.</source>
        <translation>이 기기가 참여할 때 동기화 폴더 %1은(는) %2 상태였지만 지금은 그렇지 않습니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 폴더를 다시 설정하세요.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>암호화된</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>암호화되지 않은</translation>
    </message>
    <message>
        <source>The sync folder %1 is now encrypted with another passphrase. Sync has stopped and nothing was deleted here; set the folder up again.</source>
        <translation>동기화 폴더 %1이(가) 이제 다른 암호 문구로 암호화되어 있습니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 폴더를 다시 설정하세요.</translation>
    </message>
    <message>
        <source>its header is damaged or cut short</source>
        <translation>헤더가 손상되었거나 잘림</translation>
    </message>
    <message>
        <source>it was written by a newer Voxnote (format %1)</source>
        <translation>더 새로운 Voxnote에서 작성됨(형식 %1)</translation>
    </message>
    <message>
        <source>its header does not match its name</source>
        <translation>헤더가 이름과 일치하지 않음</translation>
    </message>
    <message>
        <source>it is incomplete (%1 of %2 bytes)</source>
        <translation>불완전함(%2바이트 중 %1바이트)</translation>
    </message>
    <message>
        <source>its checksum does not match (damaged)</source>
        <translation>체크섬이 일치하지 않음(손상됨)</translation>
    </message>
    <message>
        <source>it is encrypted but this folder is not</source>
        <translation>파일은 암호화되어 있지만 이 폴더는 암호화되어 있지 않음</translation>
    </message>
    <message>
        <source>it is not encrypted</source>
        <translation>암호화되어 있지 않음</translation>
    </message>
    <message>
        <source>it does not decrypt with this folder&apos;s key</source>
        <translation>이 폴더의 키로 복호화되지 않음</translation>
    </message>
    <message>
        <source>its changes are not numbered as its name says</source>
        <translation>변경 사항 번호가 이름과 일치하지 않음</translation>
    </message>
    <message>
        <source>it holds fewer changes than its name says</source>
        <translation>변경 사항이 이름에 표시된 것보다 적음</translation>
    </message>
    <message>
        <source>Skipped %1 for now: %2.</source>
        <translation>%1을(를) 일단 건너뛰었습니다: %2.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation>%1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder does not decrypt (damaged or incomplete).</source>
        <translation>동기화 폴더의 미디어 파일 %1이(가) 복호화되지 않습니다(손상되었거나 불완전함).</translation>
    </message>
    <message>
        <source>Ignored %1: it is a symbolic link, and Voxnote does not follow links in the sync folder.</source>
        <translation>%1을(를) 무시했습니다. 심볼릭 링크이며, Voxnote는 동기화 폴더 안의 링크를 따라가지 않습니다.</translation>
    </message>
    <message>
        <source>there is not enough memory to read it</source>
        <translation>읽을 메모리가 부족함</translation>
    </message>
    <message>
        <source>Ignored %1 in this device&apos;s part of the sync folder: %2. Voxnote did not write it this way (someone or something else put it there); the changes it names are sent again.</source>
        <translation>동기화 폴더 중 이 기기의 영역에 있는 %1을(를) 무시했습니다: %2. Voxnote가 이렇게 작성한 파일이 아닙니다(다른 사람이나 프로그램이 넣어 둔 파일입니다). 이 파일이 가리키는 변경 사항을 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Change %1 of this device is too large to sync (%2 MB; at most %3 MB).</source>
        <translation>이 기기의 변경 사항 %1이(가) 너무 커서 동기화할 수 없습니다(%2MB, 최대 %3MB).</translation>
    </message>
    <message>
        <source>The key file of device %1 in the sync folder is missing, damaged or not the key first seen from that device; Voxnote keeps the first one, and accepts only changes signed with it.</source>
        <translation>동기화 폴더에 있는 기기 %1의 키 파일이 없거나, 손상되었거나, 해당 기기에서 처음 확인한 키와 다릅니다. Voxnote는 처음 확인한 키를 유지하며, 그 키로 서명된 변경 사항만 받아들입니다.</translation>
    </message>
    <message>
        <source>it is too large to be a change file (%1 MB; Voxnote writes at most %2 MB)</source>
        <translation>변경 파일이라고 보기에는 너무 큼(%1MB, Voxnote는 최대 %2MB까지 작성함)</translation>
    </message>
    <message>
        <source>it is not signed, but device %1 signs every change after number %2: someone else wrote it</source>
        <translation>서명되어 있지 않지만 기기 %1은(는) %2번 이후의 모든 변경 사항에 서명함: 다른 누군가가 작성한 파일임</translation>
    </message>
    <message>
        <source>it is not signed with device %1&apos;s key: someone else wrote it, or it is damaged</source>
        <translation>기기 %1의 키로 서명되어 있지 않음: 다른 누군가가 작성했거나 손상된 파일임</translation>
    </message>
    <message>
        <source>Replaced %1 in the sync folder: it did not hold the media its name says (someone or something else put it there).</source>
        <translation>동기화 폴더의 %1을(를) 교체했습니다. 이름에 표시된 미디어가 들어 있지 않았습니다(다른 사람이나 프로그램이 넣어 둔 파일입니다).</translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder is a symbolic link, which Voxnote does not follow; it stays pending until a device publishes the file itself.</source>
        <translation>동기화 폴더의 미디어 파일 %1은(는) 심볼릭 링크이므로 Voxnote가 따라가지 않습니다. 어느 기기에서든 실제 파일을 올릴 때까지 대기 상태로 유지됩니다.</translation>
    </message>
    <message>
        <source>The media file %1 in the sync folder is larger than the attachment that refers to it (%2 bytes); it was not downloaded.</source>
        <translation>동기화 폴더의 미디어 파일 %1이(가) 이 파일을 참조하는 첨부 파일(%2바이트)보다 큽니다. 파일을 다운로드하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write the media file %1 here (%2).</source>
        <translation>이 기기에 미디어 파일 %1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
</context>
<context>
    <name>voxnote::sync::PgConnection</name>
    <message>
        <source>Could not connect to the sync server %1: %2</source>
        <translation>동기화 서버 %1에 연결하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>The sync server %1 refused %2: %3</source>
        <translation>동기화 서버 %1에서 %2을(를) 거부했습니다: %3</translation>
    </message>
    <message>
        <source>The sync server %1 refused a request: %2</source>
        <translation>동기화 서버 %1에서 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>the upload of changes</source>
        <translation>변경 사항 업로드</translation>
    </message>
    <message>
        <source>The sync server %1 refused the upload of changes: %2</source>
        <translation>동기화 서버 %1에서 변경 사항 업로드를 거부했습니다: %2</translation>
    </message>
    <message>
        <source>Could not connect to the sync server %1 over a verified encrypted connection (sslmode=verify-full, which Voxnote uses for a server on another computer): %2. Give the server a certificate and put its authority in ~/.postgresql/root.crt, or add sslmode=require (encrypted, not verified) or sslmode=disable (a network you trust) to the address.</source>
        <translation>검증된 암호화 연결(sslmode=verify-full, Voxnote가 다른 컴퓨터에 있는 서버에 사용하는 방식)로 동기화 서버 %1에 연결하지 못했습니다: %2. 서버에 인증서를 설정하고 그 인증 기관의 인증서를 ~/.postgresql/root.crt에 넣거나, 주소에 sslmode=require(암호화하지만 검증하지 않음) 또는 sslmode=disable(신뢰하는 네트워크)을 추가하세요.</translation>
    </message>
</context>
<context>
    <name>voxnote::sync::PostgresRemote</name>
    <message>
        <source>%1 (team %2)</source>
        <translation>%1 (팀 %2)</translation>
    </message>
    <message>
        <source>You are not a member of team %1 on %2. Ask the server&apos;s administrator to add you (voxnote sync admin add-member).</source>
        <translation>%2에서 팀 %1의 구성원이 아닙니다. 서버 관리자에게 추가를 요청하세요(voxnote sync admin add-member).</translation>
    </message>
    <message>
        <source>The database %1 holds no Voxnote sync data (voxnote.remote is missing). Sync has stopped and nothing was deleted here; ask the administrator to run voxnote sync admin init.</source>
        <translation>데이터베이스 %1에 Voxnote 동기화 데이터가 없습니다(voxnote.remote 없음). 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 관리자에게 voxnote sync admin init 실행을 요청하세요.</translation>
    </message>
    <message>
        <source>The database %1 lost its Voxnote identity. Sync has stopped and nothing was deleted here.</source>
        <translation>데이터베이스 %1의 Voxnote 식별 정보가 사라졌습니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>%1을(를) 읽지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>%1 refused this device&apos;s changes: device %2 is registered there by another login, or you are no longer a member of the team. Nothing was lost here; ask the server&apos;s administrator.</source>
        <translation>%1에서 이 기기의 변경 사항을 거부했습니다. 기기 %2이(가) 다른 로그인 계정으로 등록되어 있거나, 더 이상 팀의 구성원이 아닙니다. 이 기기에서 손실된 내용은 없습니다. 서버 관리자에게 문의하세요.</translation>
    </message>
    <message>
        <source>Ignored changes on %1 under the device name “%2”, which is not a Voxnote device id (written by %3).</source>
        <translation>%1에서 기기 이름이 “%2”인 변경 사항을 무시했습니다. 이 이름은 Voxnote 기기 ID가 아닙니다(작성자: %3).</translation>
    </message>
    <message>
        <source>Change %1 of device %2 is damaged on the server (written by %3): %4 That device&apos;s later changes wait; the others&apos; are applied.</source>
        <translation>서버에 있는 기기 %2의 변경 사항 %1이(가) 손상되었습니다(작성자: %3): %4 해당 기기의 이후 변경 사항은 대기하며, 다른 기기의 변경 사항은 적용됩니다.</translation>
    </message>
    <message>
        <source>Could not write the media file %1 here (%2).</source>
        <translation>이 기기에 미디어 파일 %1을(를) 쓰지 못했습니다(%2).</translation>
    </message>
    <message>
        <source>No copy of the media file %1 on %2 matches its hash (copies published by %3); it stays pending until a member publishes a whole one.</source>
        <translation>%2에 있는 미디어 파일 %1의 사본 중 해시가 일치하는 것이 없습니다(사본을 올린 사용자: %3). 구성원 중 누군가가 온전한 사본을 올릴 때까지 대기 상태로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::sync::SyncEngine</name>
    <message>
        <source>%1 is a file; a sync folder must be a folder.</source>
        <translation>%1은(는) 파일입니다. 동기화 폴더는 폴더여야 합니다.</translation>
    </message>
    <message>
        <source>Name the team whose notes and tasks this profile shares (--team).</source>
        <translation>이 프로필이 메모와 할 일을 공유할 팀을 지정하세요(--team).</translation>
    </message>
    <message>
        <source>Sync is not set up. Use voxnote sync setup folder PATH or voxnote sync setup postgres URL.</source>
        <translation>동기화가 설정되지 않았습니다. voxnote sync setup folder 경로 또는 voxnote sync setup postgres URL을 사용하세요.</translation>
    </message>
    <message>
        <source>Sync is stopped; set the remote up again.</source>
        <translation>동기화가 중지되었습니다. 원격 저장소를 다시 설정하세요.</translation>
    </message>
    <message>
        <source>Another Voxnote is syncing this profile right now; try again in a moment.</source>
        <translation>다른 Voxnote에서 지금 이 프로필을 동기화하고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>%1 is now a different sync remote than the one this device was set up with. Sync has stopped and nothing was deleted here. If the change is intended, set the remote up again.</source>
        <translation>%1은(는) 이 기기를 설정할 때와 다른 동기화 원격 저장소입니다. 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 의도한 변경이라면 원격 저장소를 다시 설정하세요.</translation>
    </message>
    <message>
        <source>%1 no longer holds changes this device sent to it (it has %2 of %3). Sync has stopped and nothing was deleted here. Restore the remote, or set it up again to send everything anew.</source>
        <translation>%1에 이 기기가 보낸 변경 사항이 더 이상 없습니다(%3개 중 %2개만 있음). 동기화가 중지되었으며 이 기기에서는 아무것도 삭제되지 않았습니다. 원격 저장소를 복원하거나, 다시 설정하여 모든 내용을 새로 보내세요.</translation>
    </message>
    <message>
        <source>%1 holds more changes of this device than the device itself (%2 of %3): was this profile restored from an old backup or copied? Sync has stopped and nothing was deleted.</source>
        <translation>%1에 이 기기의 변경 사항이 기기 자체보다 많습니다(%3개 중 %2개). 이 프로필을 오래된 백업에서 복원했거나 복사했습니까? 동기화가 중지되었으며 아무것도 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write a temporary file in %1.</source>
        <translation>%1에 임시 파일을 쓰지 못했습니다.</translation>
    </message>
    <message>
        <source>not on the remote yet</source>
        <translation>아직 원격 저장소에 없음</translation>
    </message>
    <message>
        <source>the copy on the remote is damaged (its hash does not match)</source>
        <translation>원격 저장소의 사본이 손상됨(해시가 일치하지 않음)</translation>
    </message>
    <message>
        <source>Media %1 is pending: %2.</source>
        <translation>미디어 %1 대기 중: %2.</translation>
    </message>
    <message>
        <source>The sync folder %1 is not encrypted, but you asked for encryption: this device did not join it, and nothing was written to it. To encrypt, set up an empty folder with a passphrase and let every device join that one; to share this folder as it is, set it up without a passphrase.</source>
        <translation>동기화 폴더 %1은(는) 암호화되어 있지 않지만 암호화를 요청했습니다. 이 기기는 폴더에 참여하지 않았으며 폴더에 아무것도 쓰지 않았습니다. 암호화하려면 빈 폴더를 암호 문구와 함께 설정하고 모든 기기가 그 폴더에 참여하게 하세요. 이 폴더를 그대로 공유하려면 암호 문구 없이 설정하세요.</translation>
    </message>
    <message>
        <source>Sync ran out of memory with %1 and stopped for now; nothing was lost. Close other programs and try again.</source>
        <translation>%1과(와) 동기화하는 중 메모리가 부족하여 일단 중지되었습니다. 손실된 내용은 없습니다. 다른 프로그램을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Sync with %1 failed unexpectedly (%2) and stopped for now; nothing was lost.</source>
        <translation>예기치 않은 오류로 %1과(와)의 동기화에 실패하여 일단 중지되었습니다(%2). 손실된 내용은 없습니다.</translation>
    </message>
    <message>
        <source>the copy changed while it was being stored</source>
        <translation>저장하는 동안 사본이 변경됨</translation>
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
    <name>voxnote::ui::ActionBar</name>
    <message>
        <source>More actions</source>
        <translation>기타 작업</translation>
    </message>
    <message>
        <source>Opens the actions that do not fit in the row</source>
        <translation>한 줄에 다 표시되지 않는 작업을 엽니다</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::AttachmentContents</name>
    <message>
        <source>%1 · %2 · transcript</source>
        <translation>%1 · %2 · 녹취록</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n line(s)</source>
        <translation>
            <numerusform>%n줄 모두 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Start of the transcript of %1</source>
        <translation>%1 녹취록의 시작 부분</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>%1페이지: %2</translation>
    </message>
    <message>
        <source>%1 · recognised text (tinted words may be misread)</source>
        <translation>%1 · 인식된 텍스트(색으로 표시된 단어는 잘못 인식되었을 수 있음)</translation>
    </message>
    <message>
        <source>%1 · recognised text</source>
        <translation>%1 · 인식된 텍스트</translation>
    </message>
    <message numerus="yes">
        <source>Show the text of all %n page(s)</source>
        <translation>
            <numerusform>전체 %n페이지의 텍스트 표시</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all the text</source>
        <translation>텍스트 모두 표시</translation>
    </message>
    <message>
        <source>Text recognised in %1</source>
        <translation>%1에서 인식된 텍스트</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1페이지</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>간단히 표시</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::AttachmentStrip</name>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>%1 · transcript, %2 speakers</source>
        <translation>%1 · 녹취록, 화자 %2명</translation>
    </message>
    <message>
        <source>%1 · transcript</source>
        <translation>%1 · 녹취록</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Text found: %1 words</source>
        <translation>인식된 텍스트: %1단어</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>텍스트 없음</translation>
    </message>
    <message>
        <source>Spoken version · play</source>
        <translation>음성 버전 · 재생</translation>
    </message>
    <message>
        <source>%1 — waiting…</source>
        <translation>%1 — 대기 중…</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>%1페이지: %2</translation>
    </message>
    <message>
        <source>%1 · no speech found, only silence or noise</source>
        <translation>%1 · 음성 없음, 무음이나 잡음뿐입니다</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::BoardColumn</name>
    <message>
        <source>Tasks with this status; drag a card to another column to change it</source>
        <translation>이 상태의 할 일입니다. 상태를 바꾸려면 카드를 다른 열로 끌어다 놓으세요</translation>
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
    <name>voxnote::ui::DashboardPage</name>
    <message>
        <source>Nothing to chart yet</source>
        <translation>아직 차트로 표시할 내용이 없습니다</translation>
    </message>
    <message>
        <source>Once there are tasks, this shows how the work is moving: by status, by person and by week.</source>
        <translation>할 일이 생기면 상태별, 담당자별, 주별로 작업 진행 상황을 여기에 표시합니다.</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>진행 중인 할 일</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>마감일 지남</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Average time to done</source>
        <translation>완료까지 평균 소요 시간</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>상태별 할 일</translation>
    </message>
    <message>
        <source>Tasks by person</source>
        <translation>담당자별 할 일</translation>
    </message>
    <message>
        <source>Created and completed per week</source>
        <translation>주별 생성 및 완료</translation>
    </message>
    <message>
        <source>Background jobs per day</source>
        <translation>일별 백그라운드 작업</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1일</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>담당자 없음</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::ImportQueue</name>
    <message>
        <source>%1 holds no recordings or images.</source>
        <translation>%1에 녹음이나 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobListModel</name>
    <message>
        <source>Job</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>File or note</source>
        <translation>파일 또는 메모</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobStatusBar</name>
    <message>
        <source>Cancel this job</source>
        <translation>이 작업 취소</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>모든 작업 보기</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(외 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobText</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::JobsPage</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Open Note</source>
        <translation>메모 열기</translation>
    </message>
    <message>
        <source>Background jobs</source>
        <translation>백그라운드 작업</translation>
    </message>
    <message>
        <source>No jobs yet</source>
        <translation>아직 작업이 없습니다</translation>
    </message>
    <message>
        <source>Transcriptions, text recognition and read-aloud run here in the background, so the window never waits. Drop an audio file or an image on the window to start one.</source>
        <translation>받아쓰기, 텍스트 인식, 소리 내어 읽기는 여기에서 백그라운드로 실행되므로 창이 멈추지 않습니다. 오디오 파일이나 이미지를 창에 끌어다 놓으면 시작됩니다.</translation>
    </message>
    <message>
        <source>This job has already ended, so there is nothing to cancel.</source>
        <translation>이미 끝난 작업이므로 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only a failed or cancelled job can be tried again.</source>
        <translation>실패했거나 취소된 작업만 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>입력 레벨</translation>
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
        <source>Jobs</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
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
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>읽지 않음 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Voxnote: %n unread</source>
        <translation>
            <numerusform>Voxnote: 읽지 않음 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;Task</source>
        <translation>새 할 일(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Import Audio or Images…</source>
        <translation>오디오 또는 이미지 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>녹음(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>이미지 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>클립보드에 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>전체 검색(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) at work</source>
        <translation>
            <numerusform>작업 %n개 진행 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 of %2…</source>
        <translation>%2개 중 %1개 가져오는 중…</translation>
    </message>
    <message>
        <source>“%1” is ready.</source>
        <translation>“%1”이(가) 완료되었습니다.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” 실패: %2</translation>
    </message>
    <message>
        <source>A job</source>
        <translation>작업</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s); transcription and text recognition run in the background.</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다. 받아쓰기와 텍스트 인식은 백그라운드에서 실행됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Nothing could be imported.</source>
        <translation>아무것도 가져오지 못했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported; these could not be:</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다. 다음 파일은 가져오지 못했습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…외 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Audio or Images</source>
        <translation>오디오 또는 이미지 가져오기</translation>
    </message>
    <message>
        <source>Audio and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>오디오 및 이미지 (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Voxnote uses the new language after a restart. Restart now?</source>
        <translation>새 언어는 Voxnote를 다시 시작하면 적용됩니다. 지금 다시 시작할까요?</translation>
    </message>
    <message>
        <source>Nothing is lost: notes are saved, and jobs at work go on after the restart.</source>
        <translation>잃는 것은 없습니다. 메모는 저장되고, 진행 중인 작업은 다시 시작한 뒤에 이어집니다.</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>파일 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a Folder of Recordings and Images</source>
        <translation>녹음 및 이미지 폴더 가져오기</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MediaAudioPlayer</name>
    <message>
        <source>%1 cannot be played (%2).</source>
        <translation>%1을(를) 재생할 수 없습니다(%2).</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::MicrophoneCaptureSource</name>
    <message>
        <source>No microphone is connected.</source>
        <translation>연결된 마이크가 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot record 16-bit audio.</source>
        <translation>%1에서 16비트 오디오를 녹음할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 could not be opened for recording. Is another program using it?</source>
        <translation>녹음을 위해 %1을(를) 열지 못했습니다. 다른 프로그램에서 사용 중인지 확인하세요.</translation>
    </message>
    <message>
        <source>Recording from %1 stopped: the device is no longer available.</source>
        <translation>%1에서 녹음이 중지되었습니다. 장치를 더 이상 사용할 수 없습니다.</translation>
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
    <message>
        <source>Attach…</source>
        <translation>첨부…</translation>
    </message>
    <message>
        <source>Attach a recording or an image; it is transcribed or read in the background</source>
        <translation>녹음이나 이미지를 첨부합니다. 백그라운드에서 받아쓰거나 텍스트를 인식합니다</translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Read this note aloud, following the words</source>
        <translation>단어를 따라가며 이 메모를 소리 내어 읽습니다</translation>
    </message>
    <message>
        <source>Read Aloud Here</source>
        <translation>여기에서 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Save a Spoken Version to the Note</source>
        <translation>음성 버전을 메모에 저장</translation>
    </message>
    <message>
        <source>Read This Page Aloud</source>
        <translation>이 페이지 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Recognise the text of this note&apos;s page images and save it as speech</source>
        <translation>이 메모의 페이지 이미지에서 텍스트를 인식하여 음성으로 저장합니다</translation>
    </message>
    <message>
        <source>Attach Recordings or Images</source>
        <translation>녹음 또는 이미지 첨부</translation>
    </message>
    <message>
        <source>Recordings and images (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>녹음 및 이미지 (*.wav *.flac *.ogg *.mp3 *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>메모 작업</translation>
    </message>
    <message>
        <source>Note title</source>
        <translation>메모 제목</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Words starting with #, separated by spaces</source>
        <translation>#으로 시작하는 단어, 공백으로 구분</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>메모 내용</translation>
    </message>
    <message>
        <source>Earlier versions of this note, to restore</source>
        <translation>복원할 수 있는 이 메모의 이전 버전</translation>
    </message>
    <message>
        <source>Move this note to the trash; it can be restored from there</source>
        <translation>이 메모를 휴지통으로 옮깁니다. 휴지통에서 복원할 수 있습니다</translation>
    </message>
    <message>
        <source>What the attachments hold</source>
        <translation>첨부 파일 내용</translation>
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
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>That note no longer exists.</source>
        <translation>해당 메모가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>A spoken version of this note. Play it below.</source>
        <translation>이 메모의 음성 버전입니다. 아래에서 재생하세요.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>%1
Use Retry on the attachment to try again.</source>
        <translation>%1
첨부 파일에서 다시 시도를 눌러 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Notes to show</source>
        <translation>표시할 메모</translation>
    </message>
    <message>
        <source>All notes, or the notes in the trash</source>
        <translation>모든 메모 또는 휴지통에 있는 메모</translation>
    </message>
    <message>
        <source>Notes actions</source>
        <translation>메모 목록 작업</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>녹음…</translation>
    </message>
    <message>
        <source>Record from the microphone into a new note</source>
        <translation>마이크로 녹음하여 새 메모를 만듭니다</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>파일 가져오기…</translation>
    </message>
    <message>
        <source>Import recordings and images; each becomes a note</source>
        <translation>녹음과 이미지를 가져옵니다. 각각 메모가 됩니다</translation>
    </message>
    <message>
        <source>Write a new note</source>
        <translation>새 메모 작성</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>아직 메모가 없습니다</translation>
    </message>
    <message>
        <source>Drop a recording or a photo of a page here, or start one of these ways.</source>
        <translation>녹음이나 페이지 사진을 여기에 끌어다 놓거나, 다음 방법 중 하나로 시작하세요.</translation>
    </message>
    <message>
        <source>Paste an Image</source>
        <translation>이미지 붙여넣기</translation>
    </message>
    <message>
        <source>Make a note of the image on the clipboard and read its text</source>
        <translation>클립보드의 이미지로 메모를 만들고 텍스트를 인식합니다</translation>
    </message>
    <message>
        <source>The trash is empty</source>
        <translation>휴지통이 비어 있습니다</translation>
    </message>
    <message>
        <source>Notes moved to the trash wait here until they are restored or deleted for good.</source>
        <translation>휴지통으로 옮긴 메모는 복원하거나 영구 삭제할 때까지 여기에 보관됩니다.</translation>
    </message>
    <message>
        <source>Closes the attachment shown below the note</source>
        <translation>메모 아래에 표시된 첨부 파일을 닫습니다</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotificationCenter</name>
    <message>
        <source>A job failed</source>
        <translation>작업 실패</translation>
    </message>
    <message>
        <source>A job finished</source>
        <translation>작업 완료</translation>
    </message>
    <message>
        <source>Task update</source>
        <translation>할 일 업데이트</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::NotificationsPage</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n분 전</numerusform>
        </translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>읽지 않은 알림만</translation>
    </message>
    <message>
        <source>Mark All as Read</source>
        <translation>모두 읽음으로 표시</translation>
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
        <source>When a task is assigned to you or changes state, or a background job ends, you will see it here.</source>
        <translation>할 일이 나에게 할당되거나 상태가 바뀌거나 백그라운드 작업이 끝나면 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::OcrImageView</name>
    <message>
        <source>%1% confident</source>
        <translation>신뢰도 %1%</translation>
    </message>
    <message>
        <source>“%1” — %2, please check</source>
        <translation>“%1” — %2, 확인 필요</translation>
    </message>
    <message>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::OcrView</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>Languages to recognise the image in</source>
        <translation>이미지에서 인식할 언어</translation>
    </message>
    <message>
        <source>Recognize Again</source>
        <translation>다시 인식</translation>
    </message>
    <message>
        <source>Recognize the text again with the chosen languages</source>
        <translation>선택한 언어로 텍스트를 다시 인식합니다</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>텍스트 복사</translation>
    </message>
    <message>
        <source>Read Aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Read the recognised text aloud here</source>
        <translation>인식된 텍스트를 여기에서 소리 내어 읽습니다</translation>
    </message>
    <message>
        <source>Read This Page Aloud</source>
        <translation>이 페이지 소리 내어 읽기</translation>
    </message>
    <message>
        <source>Make a spoken recording of the page, saved with the note</source>
        <translation>페이지를 읽은 음성 녹음을 만들어 메모에 함께 저장합니다</translation>
    </message>
    <message>
        <source>The recognised text appears here once the image has been read.</source>
        <translation>이미지를 읽고 나면 인식된 텍스트가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1/%2페이지</translation>
    </message>
    <message>
        <source>No text was found in this image. If it is in another language, choose it above and recognize again.</source>
        <translation>이 이미지에서 텍스트를 찾지 못했습니다. 다른 언어로 된 텍스트라면 위에서 언어를 선택하고 다시 인식하세요.</translation>
    </message>
    <message>
        <source>Words found: %1 (%2 to check, tinted)</source>
        <translation>찾은 단어: %1개(확인 필요 %2개, 색으로 표시)</translation>
    </message>
    <message>
        <source>Words found: %1</source>
        <translation>찾은 단어: %1개</translation>
    </message>
    <message>
        <source>Text actions</source>
        <translation>텍스트 작업</translation>
    </message>
    <message>
        <source>Recognition languages</source>
        <translation>인식 언어</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
    <message>
        <source>Copy the selected text, or all of it</source>
        <translation>선택한 텍스트 또는 전체 텍스트를 복사합니다</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Save the recognised text as a searchable PDF, plain text, JSON or hOCR</source>
        <translation>인식된 텍스트를 검색 가능한 PDF, 일반 텍스트, JSON 또는 hOCR로 저장합니다</translation>
    </message>
    <message>
        <source>Recognised text</source>
        <translation>인식된 텍스트</translation>
    </message>
    <message>
        <source>Export Recognised Text</source>
        <translation>인식된 텍스트 내보내기</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Text taken from the PDF: %1 words</source>
        <translation>PDF에서 가져온 텍스트: 단어 %1개</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::PlayerBar</name>
    <message>
        <source>Back 5 seconds (Alt+Left)</source>
        <translation>5초 뒤로(Alt+Left)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Alt+Right)</source>
        <translation>5초 앞으로(Alt+Right)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>재생 위치</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space)</source>
        <translation>일시 정지 (Ctrl+Space)</translation>
    </message>
    <message>
        <source>Play (Ctrl+Space)</source>
        <translation>재생 (Ctrl+Space)</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::ReadAloudPanel</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Voice for the text’s language</source>
        <translation>텍스트 언어에 맞는 음성</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> 단어/분</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>읽기 속도</translation>
    </message>
    <message>
        <source>Save as Audio…</source>
        <translation>오디오로 저장…</translation>
    </message>
    <message>
        <source>Save Speech as Audio</source>
        <translation>음성을 오디오로 저장</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Audio (*.ogg *.wav *.flac *.mp3)</source>
        <translation>오디오 (*.ogg *.wav *.flac *.mp3)</translation>
    </message>
    <message>
        <source>There is no text to read aloud.</source>
        <translation>소리 내어 읽을 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::RecorderDialog</name>
    <message>
        <source>Record</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Stop and Save</source>
        <translation>중지 및 저장</translation>
    </message>
    <message>
        <source>New Recording</source>
        <translation>새 녹음</translation>
    </message>
    <message>
        <source>Import It</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>마이크(&amp;M):</translation>
    </message>
    <message>
        <source>Audio file (test input)</source>
        <translation>오디오 파일(테스트 입력)</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>마이크를 찾을 수 없음</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one (or allow Voxnote to use it) and it will appear here.</source>
        <translation>마이크를 찾을 수 없습니다. 마이크를 연결하면(또는 Voxnote의 마이크 사용을 허용하면) 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>녹음 %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>폴더 %1을(를) 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Recording. The audio is saved as it comes in.</source>
        <translation>녹음 중입니다. 오디오는 녹음되는 대로 저장됩니다.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>일시 정지됨.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>녹음된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Saved as a note. Transcription has started.</source>
        <translation>메모로 저장했습니다. 받아쓰기를 시작했습니다.</translation>
    </message>
    <message>
        <source>%1 The recording is kept in %2.</source>
        <translation>%1 녹음은 %2에 보관되어 있습니다.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>“%1” was not saved as a note (Voxnote closed while recording). Import it now?</source>
        <translation>“%1”이(가) 메모로 저장되지 않았습니다(녹음 중에 Voxnote가 종료됨). 지금 가져오시겠습니까?</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SearchPalette</name>
    <message>
        <source>Search notes, transcripts, text in images and tasks</source>
        <translation>메모, 녹취록, 이미지 속 텍스트, 할 일 검색</translation>
    </message>
    <message>
        <source>Type to search everything. Enter opens the selected result.</source>
        <translation>입력하여 전체를 검색하세요. Enter 키를 누르면 선택한 결과가 열립니다.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>“%1”과(와) 일치하는 항목이 없습니다.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>Text in images</source>
        <translation>이미지 속 텍스트</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1페이지</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Recognition and Voice</source>
        <translation>인식 및 음성</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Your name, as your team sees it</source>
        <translation>팀에 표시되는 내 이름</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>이메일:</translation>
    </message>
    <message>
        <source>Tasks assigned to you and their notifications use this profile. The e-mail address receives notifications when e-mail is set up.</source>
        <translation>나에게 할당된 할 일과 관련 알림에 이 프로필이 사용됩니다. 이메일이 설정되어 있으면 이 이메일 주소로 알림을 받습니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>이메일(선택 사항)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>변경 사항 저장</translation>
    </message>
    <message>
        <source>Select a person to change their name or address; tasks keep their assignee.</source>
        <translation>이름이나 주소를 바꿀 사람을 선택하세요. 할 일의 담당자는 유지됩니다.</translation>
    </message>
    <message>
        <source>Select the person to change first.</source>
        <translation>먼저 변경할 사람을 선택하세요.</translation>
    </message>
    <message>
        <source>Match the text&apos;s language</source>
        <translation>텍스트 언어에 맞춤</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> 단어/분</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>자동 추정</translation>
    </message>
    <message>
        <source>Text recognition languages:</source>
        <translation>텍스트 인식 언어:</translation>
    </message>
    <message>
        <source>Read-aloud voice:</source>
        <translation>소리 내어 읽기 음성:</translation>
    </message>
    <message>
        <source>Reading speed:</source>
        <translation>읽기 속도:</translation>
    </message>
    <message>
        <source>Speakers in recordings:</source>
        <translation>녹음 속 화자 수:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>보내는 사람 주소:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>사용자 이름:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>비밀번호:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Notes, recordings, images and tasks live here. Start Voxnote with --data-dir to use another folder. Do not put it in a synced folder; use Sync instead.</source>
        <translation>메모, 녹음, 이미지, 할 일이 이 폴더에 저장됩니다. 다른 폴더를 사용하려면 --data-dir 옵션으로 Voxnote를 시작하세요. 이 폴더를 동기화되는 폴더에 두지 말고 동기화 기능을 사용하세요.</translation>
    </message>
    <message>
        <source>Sync is not set up in this build.</source>
        <translation>이 빌드에서는 동기화를 설정할 수 없습니다.</translation>
    </message>
    <message>
        <source>The e-mail server “%1” must start with smtp:// or smtps://.</source>
        <translation>이메일 서버 “%1”은(는) smtp:// 또는 smtps://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>Voxnote offers to restart when the language changes; jobs at work go on after the restart.</source>
        <translation>언어를 바꾸면 Voxnote가 다시 시작할지 묻습니다. 진행 중인 작업은 다시 시작한 뒤에 이어집니다.</translation>
    </message>
    <message>
        <source>Send without encryption (only for a relay on this computer or a network you trust)</source>
        <translation>암호화 없이 보내기(이 컴퓨터 또는 신뢰하는 네트워크에 있는 릴레이에만 사용)</translation>
    </message>
    <message>
        <source>Notifications are also sent by e-mail to people with an address when a server is set. An smtp:// server must offer encryption (STARTTLS) unless you allow sending without it. These settings stay on this computer and are never synced.</source>
        <translation>서버를 설정하면 이메일 주소가 있는 사람에게 알림이 이메일로도 전송됩니다. 암호화 없이 보내기를 허용하지 않는 한 smtp:// 서버는 암호화(STARTTLS)를 제공해야 합니다. 이 설정은 이 컴퓨터에만 저장되며 동기화되지 않습니다.</translation>
    </message>
    <message>
        <source>These apply to what is imported or recorded from now on, in the window and on the command line.</source>
        <translation>이 설정은 지금부터 창과 명령줄에서 가져오거나 녹음하는 항목에 적용됩니다.</translation>
    </message>
    <message>
        <source>The password is kept in %1, not in Voxnote&apos;s database.</source>
        <translation>비밀번호는 Voxnote 데이터베이스가 아니라 %1에 보관됩니다.</translation>
    </message>
    <message>
        <source>Your Words</source>
        <translation>내 단어</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SpeakerChips</name>
    <message>
        <source>Speakers:</source>
        <translation>화자:</translation>
    </message>
    <message>
        <source>Rename %1 everywhere in this transcript</source>
        <translation>이 녹취록 전체에서 %1의 이름 바꾸기</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SyncSettingsPanel</name>
    <message>
        <source>Shared folder (Syncthing, Nextcloud, Dropbox, network share)</source>
        <translation>공유 폴더(Syncthing, Nextcloud, Dropbox, 네트워크 공유)</translation>
    </message>
    <message>
        <source>A folder your devices share</source>
        <translation>기기 간에 공유하는 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Encrypt everything in the folder with a passphrase</source>
        <translation>폴더의 모든 내용을 암호 문구로 암호화</translation>
    </message>
    <message>
        <source>Needed for an encrypted folder; not stored</source>
        <translation>암호화된 폴더에 필요하며 저장되지 않습니다</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Sync through this folder</source>
        <translation>이 폴더로 동기화</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>팀 서버(PostgreSQL)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>팀:</translation>
    </message>
    <message>
        <source>Sync with this team</source>
        <translation>이 팀과 동기화</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>Conflict copies (notes changed on two devices at once):</source>
        <translation>충돌 사본(두 기기에서 동시에 변경된 메모):</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>동기화 폴더</translation>
    </message>
    <message>
        <source>Now syncing through %1.</source>
        <translation>이제 %1을(를) 통해 동기화합니다.</translation>
    </message>
    <message>
        <source>Choose the folder to sync through first.</source>
        <translation>먼저 동기화에 사용할 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Type a passphrase to encrypt the folder with.</source>
        <translation>폴더를 암호화할 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>Give the server&apos;s address and your team&apos;s name.</source>
        <translation>서버 주소와 팀 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Sync is off. Everything stays on this computer.</source>
        <translation>동기화가 꺼져 있습니다. 모든 데이터는 이 컴퓨터에만 저장됩니다.</translation>
    </message>
    <message>
        <source>Syncing through %1%2</source>
        <translation>%1을(를) 통해 동기화 중%2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (암호화됨)</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>아직 동기화하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>변경 사항 %n개가 전송 대기 중입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) still to download.</source>
        <translation>
            <numerusform>아직 내려받을 미디어 파일이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>마지막 오류: %1</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::SyncStatusIndicator</name>
    <message>
        <source>sending %1 of %2</source>
        <translation>%2개 중 %1개 보내는 중</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>%1개 받음</translation>
    </message>
    <message>
        <source>Not syncing</source>
        <translation>동기화 안 함</translation>
    </message>
    <message>
        <source>Sync is off. Click to set it up.</source>
        <translation>동기화가 꺼져 있습니다. 클릭하여 설정하세요.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>동기화 중…</translation>
    </message>
    <message>
        <source>Syncing: %1</source>
        <translation>동기화 중: %1</translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation>⚠ 동기화 중지됨</translation>
    </message>
    <message>
        <source>⚠ Sync failed</source>
        <translation>⚠ 동기화 실패</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>%1에 동기화됨</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>아직 동기화하지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>변경 사항 %n개 전송 대기 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s) still to download</source>
        <translation>
            <numerusform>내려받을 미디어 파일 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict cop(ies) to look at</source>
        <translation>
            <numerusform>확인할 충돌 사본 %n개</numerusform>
        </translation>
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
    <message>
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <source>Filter the tasks</source>
        <translation>할 일 필터링</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TranscriptEditor</name>
    <message>
        <source>Unknown speaker</source>
        <translation>알 수 없는 화자</translation>
    </message>
    <message>
        <source>The recogniser was unsure of this word (%1 % sure). Correct it, or right-click and choose “Mark as correct”.</source>
        <translation>인식기가 이 단어를 확신하지 못했습니다(확신도 %1%). 단어를 고치거나, 마우스 오른쪽 버튼을 클릭하고 “올바름으로 표시”를 선택하세요.</translation>
    </message>
    <message>
        <source>Mark as correct</source>
        <translation>올바름으로 표시</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::TranscriptView</name>
    <message>
        <source>Plain text (.txt)</source>
        <translation>일반 텍스트(.txt)</translation>
    </message>
    <message>
        <source>SRT subtitles (.srt)</source>
        <translation>SRT 자막(.srt)</translation>
    </message>
    <message>
        <source>WebVTT subtitles (.vtt)</source>
        <translation>WebVTT 자막(.vtt)</translation>
    </message>
    <message>
        <source>JSON with word timings (.json)</source>
        <translation>단어별 시간 정보가 포함된 JSON(.json)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown(.md)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Keep the word being played in view</source>
        <translation>재생 중인 단어가 계속 보이도록 합니다</translation>
    </message>
    <message>
        <source>Create Task</source>
        <translation>할 일 만들기</translation>
    </message>
    <message>
        <source>Make a task of the selected text, linked to this moment of the recording</source>
        <translation>선택한 텍스트로 녹음의 이 시점에 연결된 할 일을 만듭니다</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>The transcript appears here once the recording has been transcribed.</source>
        <translation>녹음 받아쓰기가 끝나면 녹취록이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>No speech was recognised in this recording.</source>
        <translation>이 녹음에서 인식된 음성이 없습니다.</translation>
    </message>
    <message>
        <source>Your corrections could not be saved: %1</source>
        <translation>수정 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>화자 이름 바꾸기</translation>
    </message>
    <message>
        <source>Name for %1 in the whole transcript (empty: back to “%2”):</source>
        <translation>녹취록 전체에서 %1에 사용할 이름(비워 두면 “%2”(으)로 되돌림):</translation>
    </message>
    <message>
        <source>Task “%1” created, linked to this note at %2.</source>
        <translation>할 일 “%1”을(를) 만들어 이 메모의 %2 시점에 연결했습니다.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>녹취록</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>녹취록 내보내기</translation>
    </message>
</context>
<context>
    <name>voxnote::ui::VocabularyPanel</name>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>A name or term, e.g. Siobhan</source>
        <translation>이름 또는 용어(예: Siobhan)</translation>
    </message>
    <message>
        <source>Sounds like (optional), e.g. shiv on</source>
        <translation>발음(선택 사항, 예: shiv on)</translation>
    </message>
    <message>
        <source>Names, places and terms of your own that transcription should recognise. Voxnote finds how each sounds; give a spelling that sounds the same if it is unusual.</source>
        <translation>받아쓰기에서 인식해야 할 나만의 이름, 장소, 용어입니다. Voxnote가 각 단어의 발음을 찾아내며, 특이한 단어라면 발음이 같은 철자를 입력하세요.</translation>
    </message>
    <message>
        <source>%1 — sounds like “%2”</source>
        <translation>%1 — 발음: “%2”</translation>
    </message>
    <message>
        <source>Finding how “%1” sounds…</source>
        <translation>“%1”의 발음을 찾는 중…</translation>
    </message>
    <message>
        <source>Added “%1”; recordings transcribed from now on recognise it.</source>
        <translation>“%1”을(를) 추가했습니다. 이제부터 받아쓰는 녹음에서 이 단어를 인식합니다.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>“%1”을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Removed %1 words.</source>
        <translation>단어 %1개를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>voxnote::worker::WorkerProcess</name>
    <message>
        <source>Voxnote cannot start its engine program %1: the file is missing. Reinstall Voxnote.</source>
        <translation>Voxnote에서 엔진 프로그램 %1을(를) 시작할 수 없습니다. 파일이 없습니다. Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program %1: it is not an executable file. Reinstall Voxnote.</source>
        <translation>Voxnote에서 엔진 프로그램 %1을(를) 시작할 수 없습니다. 실행 파일이 아닙니다. Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program (%1).</source>
        <translation>Voxnote에서 엔진 프로그램을 시작할 수 없습니다(%1).</translation>
    </message>
    <message>
        <source>Voxnote cannot start its engine program %1 (%2). Reinstall Voxnote.</source>
        <translation>Voxnote에서 엔진 프로그램 %1을(를) 시작할 수 없습니다(%2). Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The engine program %1 does not speak Voxnote&apos;s protocol (it sent %2). Reinstall Voxnote.</source>
        <translation>엔진 프로그램 %1이(가) Voxnote 프로토콜을 사용하지 않습니다(받은 내용: %2). Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The engine program %1 speaks protocol version %2, but this Voxnote needs version %3: it belongs to another Voxnote installation. Reinstall Voxnote.</source>
        <translation>엔진 프로그램 %1은(는) 프로토콜 버전 %2을(를) 사용하지만 이 Voxnote에는 버전 %3이(가) 필요합니다. 다른 Voxnote 설치에 속한 프로그램입니다. Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The engine program %1 did not start within %2 seconds. Close other programs and retry.</source>
        <translation>엔진 프로그램 %1이(가) %2초 안에 시작되지 않았습니다. 다른 프로그램을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The engine&apos;s reply about “%1” was larger than Voxnote accepts (%2 MB). Split the file into smaller parts and retry.</source>
        <translation>“%1”에 대한 엔진의 응답이 Voxnote에서 받을 수 있는 크기(%2MB)보다 큽니다. 파일을 더 작게 나눈 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The engine sent a reply about “%1” that Voxnote cannot read (%2). Reinstall Voxnote.</source>
        <translation>엔진이 “%1”에 대해 Voxnote에서 읽을 수 없는 응답을 보냈습니다(%2). Voxnote를 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The engine did not respond for %1 seconds while working on “%2” and was stopped. Retry; if it happens again, the file may be damaged.</source>
        <translation>엔진이 “%2” 작업 중 %1초 동안 응답하지 않아 중지되었습니다. 다시 시도하세요. 같은 문제가 반복되면 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The engine used up its processor time for “%1” and was stopped. Split the file into smaller parts and retry.</source>
        <translation>엔진이 “%1”에 허용된 프로세서 시간을 모두 사용하여 중지되었습니다. 파일을 더 작게 나눈 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly (%1) while working on “%2”. The file may be damaged: check it, then retry.</source>
        <translation>“%2” 작업 중 엔진이 예기치 않게 중지되었습니다(%1). 파일이 손상되었을 수 있습니다. 파일을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The engine&apos;s reply about “%1” was cut off. Retry; if it happens again, the file may be damaged.</source>
        <translation>“%1”에 대한 엔진의 응답이 중간에 끊겼습니다. 다시 시도하세요. 같은 문제가 반복되면 파일이 손상되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly (exit code %1) while working on “%2”. The file may be damaged: check it, then retry.</source>
        <translation>“%2” 작업 중 엔진이 예기치 않게 중지되었습니다(종료 코드 %1). 파일이 손상되었을 수 있습니다. 파일을 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The engine program %1 stopped while starting (exit code %2). Retry; if it happens again, reinstall Voxnote.</source>
        <translation>엔진 프로그램 %1이(가) 시작하는 중에 중지되었습니다(종료 코드 %2). 다시 시도하고, 또 일어나면 Voxnote를 다시 설치하세요.</translation>
    </message>
</context>
</TS>
