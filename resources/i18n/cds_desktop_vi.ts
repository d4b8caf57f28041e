<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Import articles…</source>
        <translation>&amp;Nhập bài viết…</translation>
    </message>
    <message>
        <source>Export series as &amp;CSV…</source>
        <translation>Xuất chuỗi số liệu ra &amp;CSV…</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Xuất biểu đồ ra &amp;PNG…</translation>
    </message>
    <message>
        <source>Copy ci&amp;tation of the figure</source>
        <translation>Chép &amp;trích dẫn số liệu</translation>
    </message>
    <message>
        <source>&amp;Find in articles</source>
        <translation>&amp;Tìm trong bài viết</translation>
    </message>
    <message>
        <source>&amp;Next search result</source>
        <translation>&amp;Kết quả tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous search result</source>
        <translation>Kết quả t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Confirm figure…</source>
        <translation>&amp;Xác nhận số liệu…</translation>
    </message>
    <message>
        <source>&amp;Reject figure…</source>
        <translation>&amp;Loại bỏ số liệu…</translation>
    </message>
    <message>
        <source>C&amp;orrect figure…</source>
        <translation>&amp;Sửa số liệu…</translation>
    </message>
    <message>
        <source>&amp;Search results</source>
        <translation>&amp;Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Figures &amp;table</source>
        <translation>&amp;Bảng số liệu</translation>
    </message>
    <message>
        <source>Go to &amp;timeline</source>
        <translation>Đến &amp;dòng thời gian</translation>
    </message>
    <message>
        <source>Go to &amp;indicators</source>
        <translation>Đến danh sách &amp;chỉ tiêu</translation>
    </message>
    <message>
        <source>Go to c&amp;hart</source>
        <translation>Đến &amp;biểu đồ</translation>
    </message>
    <message>
        <source>Go to &amp;figures table</source>
        <translation>Đến bảng &amp;số liệu</translation>
    </message>
    <message>
        <source>Go to &amp;left article</source>
        <translation>Đến bài viết bên &amp;trái</translation>
    </message>
    <message>
        <source>Go to &amp;right article</source>
        <translation>Đến bài viết bên &amp;phải</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>actual</source>
        <translation>thực tế</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>dự báo</translation>
    </message>
    <message>
        <source>change</source>
        <translation>tăng trưởng</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>xếp hạng</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>đã loại</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>national</source>
        <translation>toàn quốc</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Nguyên văn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Hiệu đính</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Extracted as %1</source>
        <translation>Trích xuất ban đầu: %1</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <source>“%1” is not a period.</source>
        <translation>“%1” không phải là kỳ hợp lệ.</translation>
    </message>
    <message>
        <source>Nothing was changed: confirm the figure instead.</source>
        <translation>Chưa thay đổi gì: hãy chọn xác nhận số liệu.</translation>
    </message>
    <message>
        <source>Curate figure</source>
        <translation>Hiệu đính số liệu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Loại bỏ</translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>L&amp;oại:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Why: what the article says, or your source</source>
        <translation>Lý do: bài viết nói gì, hoặc nguồn của bạn</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Export series as CSV</source>
        <translation>Xuất chuỗi số liệu ra CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Xuất biểu đồ ra PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>FigureTableModel</name>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Curation not stored</source>
        <translation>Chưa lưu được đánh giá</translation>
    </message>
    <message>
        <source>The database did not take the change:
{m}</source>
        <translation>Cơ sở dữ liệu không nhận thay đổi này:
{m}</translation>
    </message>
    <message>
        <source>Filter figures</source>
        <translation>Lọc số liệu</translation>
    </message>
    <message>
        <source>Series of the indicator</source>
        <translation>Chuỗi số liệu của chỉ tiêu</translation>
    </message>
    <message>
        <source>Figures of the article (rejected too)</source>
        <translation>Số liệu của bài viết (cả số đã loại)</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Xác nhận…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Loại bỏ…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Copy citation</source>
        <translation>Chép trích dẫn</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>đã có sẵn</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>not imported (cancelled)</source>
        <translation>chưa nhập (đã hủy)</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Nhập bài viết</translation>
    </message>
    <message>
        <source>Articles (%1)</source>
        <translation>Bài viết (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Đang nhập bài viết…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Import results</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Việc nhập bị dừng: %1</translation>
    </message>
    <message>
        <source>%1 of %2 file(s) imported.</source>
        <translation>Đã nhập %1 trên %2 tệp.</translation>
    </message>
    <message>
        <source>The import was cancelled; the database was not changed.</source>
        <translation>Việc nhập đã bị hủy; cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>The files marked failed were left out; the others went in.</source>
        <translation>Các tệp bị lỗi đã được bỏ qua; các tệp còn lại đã được nhập.</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <source>actual</source>
        <translation>thực tế</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mục tiêu</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>dự báo</translation>
    </message>
    <message>
        <source>change</source>
        <translation>tăng trưởng</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>xếp hạng</translation>
    </message>
    <message>
        <source>national</source>
        <translation>toàn quốc</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Kỳ: {period}</translation>
    </message>
    <message>
        <source>Qualifier: {q}</source>
        <translation>Mức độ: {q}</translation>
    </message>
    <message>
        <source>Article: {a}</source>
        <translation>Bài viết: {a}</translation>
    </message>
    <message>
        <source>Other reports of this period disagree</source>
        <translation>Các báo cáo khác cùng kỳ cho số liệu khác</translation>
    </message>
    <message>
        <source>Choose an indicator in the list</source>
        <translation>Chọn một chỉ tiêu trong danh sách</translation>
    </message>
    <message>
        <source>other provinces ({n})</source>
        <translation>các tỉnh khác ({n})</translation>
    </message>
    <message>
        <source>reports disagree</source>
        <translation>báo cáo vênh nhau</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Filter indicators…</source>
        <translation>Lọc chỉ tiêu…</translation>
    </message>
</context>
<context>
    <name>IndicatorTreeModel</name>
    <message>
        <source>Other figures</source>
        <translation>Số liệu khác</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>imported articles</source>
        <translation>bài viết đã nhập</translation>
    </message>
    <message>
        <source>curations</source>
        <translation>đánh giá số liệu</translation>
    </message>
    <message>
        <source>{path}: the database was damaged ({problem}). It was moved to {backup} and a new one was built from the seed articles, keeping {curations} curations and {imports} imported articles read from the damaged file.</source>
        <translation>{path}: cơ sở dữ liệu bị hỏng ({problem}). Tệp đã được chuyển sang {backup} và một cơ sở dữ liệu mới đã được dựng từ các bài viết gốc, giữ lại {curations} đánh giá số liệu và {imports} bài viết đã nhập đọc được từ tệp hỏng.</translation>
    </message>
    <message>
        <source>Some {kinds} could not be read; the backup still holds them.</source>
        <translation>Không đọc được hết {kinds}; bản sao lưu vẫn còn giữ chúng.</translation>
    </message>
    <message>
        <source>Database recovered</source>
        <translation>Đã khôi phục cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CĐS Desktop — {name}</source>
        <translation>CĐS Desktop — {name}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>F&amp;igure</source>
        <translation>Số &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>Đ&amp;i đến</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Fit timeline and chart</source>
        <translation>&amp;Vừa khít dòng thời gian và biểu đồ</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search the articles (diacritics optional)…</source>
        <translation>Tìm trong các bài viết (có thể gõ không dấu)…</translation>
    </message>
    <message>
        <source>Click a chart point, a meeting, or pick an article above.</source>
        <translation>Bấm vào một điểm trên biểu đồ, một phiên họp, hoặc chọn một bài viết ở trên.</translation>
    </message>
    <message>
        <source>The previous report of the selected figure shows here.</source>
        <translation>Báo cáo trước đó của số liệu đang chọn hiện ở đây.</translation>
    </message>
    <message>
        <source>Could not read the database: {m}</source>
        <translation>Không đọc được cơ sở dữ liệu: {m}</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Đang đọc cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>{a} articles · {m} meetings · {i} indicators · {o} figures</source>
        <translation>{a} bài viết · {m} phiên họp · {i} chỉ tiêu · {o} số liệu</translation>
    </message>
    <message>
        <source>Selected: {d}</source>
        <translation>Đã chọn: {d}</translation>
    </message>
    <message>
        <source>No earlier report of this indicator in another article.</source>
        <translation>Không có báo cáo trước đó của chỉ tiêu này trong bài viết khác.</translation>
    </message>
    <message>
        <source>Previous report: {d}</source>
        <translation>Báo cáo trước: {d}</translation>
    </message>
    <message>
        <source>Article: {n}</source>
        <translation>Bài viết: {n}</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>không rõ kỳ</translation>
    </message>
    <message>
        <source>About CĐS Desktop</source>
        <translation>Giới thiệu CĐS Desktop</translation>
    </message>
    <message>
        <source>Every meeting and figure of Vietnam&apos;s National Committee on Digital Transformation, traceable to the characters of its source article.</source>
        <translation>Mọi phiên họp và số liệu của Ủy ban Quốc gia về chuyển đổi số, truy được tới từng ký tự trong bài viết nguồn.</translation>
    </message>
    <message>
        <source>Search hit in: {n}</source>
        <translation>Kết quả tìm thấy trong: {n}</translation>
    </message>
    <message>
        <source>Select a figure first (chart, table or text).</source>
        <translation>Hãy chọn một số liệu trước (trên biểu đồ, bảng hoặc văn bản).</translation>
    </message>
    <message>
        <source>Choose an indicator first.</source>
        <translation>Hãy chọn một chỉ tiêu trước.</translation>
    </message>
    <message>
        <source>{n} values written to {p}</source>
        <translation>Đã ghi {n} giá trị vào {p}</translation>
    </message>
    <message>
        <source>Chart saved to {p}</source>
        <translation>Đã lưu biểu đồ vào {p}</translation>
    </message>
    <message>
        <source>Citation copied: {c}</source>
        <translation>Đã chép trích dẫn: {c}</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <source>Click a meeting on the timeline to see its details.</source>
        <translation>Bấm vào một phiên họp trên dòng thời gian để xem chi tiết.</translation>
    </message>
    <message>
        <source>{kind}, session {n}</source>
        <translation>{kind}, phiên {n}</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không nêu</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>không ghi lý do</translation>
    </message>
    <message>
        <source>&lt;i&gt;(inferred: {why})&lt;/i&gt;</source>
        <translation>&lt;i&gt;(suy luận: {why})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Bridge points</source>
        <translation>Điểm cầu</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Bài viết</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Số liệu chính</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Type to search every article; accents are optional.</source>
        <translation>Gõ để tìm trong mọi bài viết; có thể gõ không dấu.</translation>
    </message>
    <message>
        <source>No sentence matches “%1”.</source>
        <translation>Không có câu nào khớp “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) match “%1”.</source>
        <translation>
            <numerusform>%n câu khớp “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all articles (Ctrl+F)</source>
        <translation>Tìm trong mọi bài viết (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Kết quả tìm kiếm</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>National Committee session</source>
        <translation>Phiên họp Ủy ban Quốc gia</translation>
    </message>
    <message>
        <source>Đề án 06 conference</source>
        <translation>Hội nghị Đề án 06</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>dòng ngày đăng</translation>
    </message>
    <message>
        <source>header</source>
        <translation>phần đầu bài</translation>
    </message>
    <message>
        <source>image URL</source>
        <translation>địa chỉ ảnh</translation>
    </message>
    <message>
        <source>year {year} taken from the {source} {quote}</source>
        <translation>năm {year} lấy từ {source} {quote}</translation>
    </message>
    <message>
        <source>year {year} inferred from the period phrases {quote}</source>
        <translation>năm {year} suy ra từ các cụm chỉ thời kỳ {quote}</translation>
    </message>
    <message>
        <source>the text gives the day and month but no year</source>
        <translation>bài viết có ngày và tháng nhưng không có năm</translation>
    </message>
    <message>
        <source>no meeting date in the text; month {month} taken from the {source} {quote}</source>
        <translation>bài viết không nêu ngày họp; tháng {month} lấy từ {source} {quote}</translation>
    </message>
    <message>
        <source>no meeting date in the text; year {year} inferred from the period phrases {quote}</source>
        <translation>bài viết không nêu ngày họp; năm {year} suy ra từ các cụm chỉ thời kỳ {quote}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>suy luận</translation>
    </message>
    <message>
        <source>Date: {date} (inferred: {reason})</source>
        <translation>Ngày: {date} (suy luận: {reason})</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Ngày: {date}</translation>
    </message>
    <message>
        <source>Chair: {chair}</source>
        <translation>Chủ trì: {chair}</translation>
    </message>
    <message>
        <source>Bridge points: {points}</source>
        <translation>Điểm cầu: {points}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Hoàn tác {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Làm lại {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
</context>
</TS>
