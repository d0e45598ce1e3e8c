#include "PhotoTexts.h"

namespace voxnote::test {

// Plain prose of the kind people photograph: a handout, a page of a book.
// Written for these tests; any resemblance to a real text is chance.
const QStringList& englishParagraphs()
{
    static const QStringList s_paragraphs {
        QStringLiteral(
            "The library on the corner of Mill Street opens at nine in the morning and closes at six "
            "in the evening. On Saturdays it stays open until two, and on Sundays it is closed. "
            "Children under twelve may borrow up to five books at a time."),
        QStringLiteral(
            "Before the first frost, cover the young plants with a light cloth and water them early "
            "in the day. Roots that stay wet overnight freeze more easily than dry ones, so the "
            "soil should have time to drain before the sun goes down."),
        QStringLiteral("Our school trip to the museum will take place on the fourth of May. The bus leaves "
                       "the main gate at half past eight and returns by four. Please bring a packed lunch, a "
                       "bottle of water and a jacket in case it rains."),
        QStringLiteral("The old bridge was built of grey stone in the year the river flooded the whole "
                       "valley. For more than a century it carried carts, then cars, and today it carries "
                       "only people on foot and the occasional bicycle."),
        QStringLiteral("To make the bread, mix the flour, salt and yeast in a large bowl. Add warm water "
                       "slowly and knead the dough for ten minutes until it is smooth. Leave it to rise in a "
                       "warm place for about an hour."),
        QStringLiteral(
            "Every evening the fox came down from the hill, crossed the meadow without a sound and "
            "sat at the edge of the garden. The children watched it from the kitchen window and "
            "gave it a name that nobody else was allowed to use."),
        QStringLiteral("Meetings of the parents' council are held on the first Tuesday of each month in room "
                       "fourteen. Anyone who wishes to raise a question should send it to the secretary at "
                       "least three days before the meeting."),
        QStringLiteral("The weather will stay mild for the rest of the week, with clear skies in the north "
                       "and some light rain along the coast. Temperatures will drop again on Monday, when a "
                       "cold wind is expected from the east."),
    };
    return s_paragraphs;
}

const QStringList& koreanParagraphs()
{
    static const QStringList s_paragraphs {
        QStringLiteral(
            "우리 동네 도서관은 아침 아홉 시에 문을 열고 저녁 여섯 시에 닫습니다. 토요일에는 오후 두 "
            "시까지 열고 일요일에는 쉽니다. 어린이는 한 번에 다섯 권까지 책을 빌릴 수 있습니다."),
        QStringLiteral("첫서리가 내리기 전에 어린 모종을 얇은 천으로 덮어 주고 물은 아침 일찍 주는 것이 "
                       "좋습니다. 밤새 젖어 있는 뿌리는 마른 뿌리보다 쉽게 얼기 때문입니다."),
        QStringLiteral(
            "오월 사일에 박물관으로 현장 체험 학습을 갑니다. 버스는 여덟 시 반에 정문에서 출발하여 "
            "네 시까지 돌아옵니다. 도시락과 물 한 병, 그리고 비가 올 때를 대비해 겉옷을 챙겨 "
            "오세요."),
        QStringLiteral("옛 다리는 강물이 골짜기 전체를 덮었던 해에 회색 돌로 지어졌습니다. 백 년이 넘도록 "
                       "수레와 자동차를 실어 날랐고 지금은 걸어서 건너는 사람과 가끔 지나가는 자전거만 "
                       "다닙니다."),
        QStringLiteral("빵을 만들려면 먼저 큰 그릇에 밀가루와 소금과 효모를 섞습니다. 따뜻한 물을 조금씩 "
                       "부으면서 반죽이 부드러워질 때까지 십 분 동안 치댑니다. 그다음 따뜻한 곳에서 한 "
                       "시간쯤 부풀게 둡니다."),
        QStringLiteral("저녁마다 여우는 언덕에서 내려와 소리 없이 풀밭을 건너 정원 끝에 앉았습니다. 아이들은 "
                       "부엌 창문으로 여우를 지켜보았고 다른 사람은 부를 수 없는 이름을 지어 주었습니다."),
        QStringLiteral("학부모 회의는 매달 첫째 화요일에 십사 호실에서 열립니다. 질문이 있는 분은 회의 사흘 "
                       "전까지 총무에게 보내 주시기 바랍니다."),
        QStringLiteral("이번 주 남은 날에는 포근한 날씨가 이어지겠습니다. 북쪽은 맑고 해안에는 약한 비가 "
                       "내리겠습니다. 월요일에는 동쪽에서 찬 바람이 불어 기온이 다시 내려가겠습니다."),
    };
    return s_paragraphs;
}

const QStringList& mixedParagraphs()
{
    static const QStringList s_paragraphs {
        QStringLiteral("이번 주 회의는 Zoom으로 진행합니다. Project Alpha의 발표 자료는 금요일까지 "
                       "Google Drive에 올려 주시고 질문은 Slack의 general 채널에 남겨 주세요."),
        QStringLiteral("새 노트북에는 Windows 대신 Linux를 설치했습니다. 처음에는 Firefox와 LibreOffice만 "
                       "쓰다가 지금은 Python으로 간단한 프로그램도 만들어 봅니다."),
        QStringLiteral("영어 시간에는 Charlotte's Web을 함께 읽습니다. 오늘 배울 단어는 spider, barn, "
                       "friend이고 숙제는 chapter three를 읽고 느낀 점을 쓰는 것입니다."),
        QStringLiteral("주문하신 상품은 Seoul Express를 통해 월요일에 발송됩니다. 배송 조회는 "
                       "www.example.com에서 하실 수 있으며 문의는 help@example.com으로 보내 주세요."),
        QStringLiteral("오늘 과학 시간에는 DNA와 protein에 대해 배웠습니다. 선생님께서 보여 주신 영상은 "
                       "National Geographic에서 만든 것이고 다음 주에는 lab에서 실험을 합니다."),
        QStringLiteral("동아리 공연은 토요일 저녁 일곱 시에 Art Hall에서 열립니다. 입장권은 Naver에서 "
                       "예매할 수 있고 공연이 끝나면 Q&A 시간이 있습니다."),
    };
    return s_paragraphs;
}

} // namespace voxnote::test
