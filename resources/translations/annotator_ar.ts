<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="128"/>
        <source>(suggested)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="134"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="138"/>
        <source>(no speaker)</source>
        <translation>(بلا قائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="150"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="150"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="150"/>
        <source>Speaker / annotator</source>
        <translation>القائل / المُوسِّم</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/gui/panels.py" line="138"/>
        <source>or type a name not in the text, then Enter</source>
        <translation>أو اكتب اسمًا غير وارد في النص ثم Enter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="139"/>
        <source>Pick in the text</source>
        <translation>اختره من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="142"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="148"/>
        <source>Speaker:</source>
        <translation>القائل:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="151"/>
        <source>Cue:</source>
        <translation>فعل القول:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="212"/>
        <source>(choose a speaker)</source>
        <translation>(اختر القائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="218"/>
        <source>none — select the verb and press C</source>
        <translation>لا يوجد — حدّد الفعل واضغط C</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="109"/>
        <source>Internal error, please report it: {0}</source>
        <translation>خطأ داخلي، يرجى الإبلاغ عنه: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="110"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="116"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="117"/>
        <source>Your name as an annotator (saved with every annotation you make):</source>
        <translation>اسمك بصفتك مُوسِّمًا (يُحفظ مع كل وسم تضعه):</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="138"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="139"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="140"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="141"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="142"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="148"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="149"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="150"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="151"/>
        <source>skipped</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="193"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="198"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="202"/>
        <source>Grow entities to whole tokens, proclitics included (as ANERcorp and Wojood)</source>
        <translation>توسيع الكيانات إلى كلمات كاملة بسوابقها (كما في ANERcorp وWojood)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="213"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="214"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="215"/>
        <source>Documents that are:</source>
        <translation>المستندات التي حالتها:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="222"/>
        <location filename="../../annotator/gui/transfer.py" line="225"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="97"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="99"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="100"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="104"/>
        <source>From the file names</source>
        <translation>حسب أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="107"/>
        <source>Take the good records of a file and list the bad ones</source>
        <translation>خذ السجلات السليمة من الملف واعرض المعيبة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="108"/>
        <source>Add labels and topics the schema lacks</source>
        <translation>أضف الوسوم والمواضيع غير الموجودة في المخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="112"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="120"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="121"/>
        <source>JSONL id field:</source>
        <translation>حقل المعرّف في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="122"/>
        <source>JSONL text field:</source>
        <translation>حقل النص في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="123"/>
        <source>JSONL title field:</source>
        <translation>حقل العنوان في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="135"/>
        <source>Choose files</source>
        <translation>اختر ملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="135"/>
        <source>Articles and annotations ({0});;All files (*)</source>
        <translation>مقالات ووسوم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="141"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/window.py" line="89"/>
        <source>Annotator — {0}</source>
        <translation>المُوسِّم — {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="121"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="128"/>
        <source>Search titles and ids</source>
        <translation>ابحث في العناوين والمعرّفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="144"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="148"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="152"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="160"/>
        <source>Annotations</source>
        <translation>الوسوم في المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="165"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="170"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="180"/>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="185"/>
        <source>This project has no guidelines yet. Add them under Project ▸ Labels and topics.</source>
        <translation>لا توجد إرشادات لهذا المشروع بعد. أضفها من المشروع ▸ الوسوم والمواضيع.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="208"/>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="210"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="211"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="213"/>
        <source>Labels and &amp;topics…</source>
        <translation>الوسوم و&amp;المواضيع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="214"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="216"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="219"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="221"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="227"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="228"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="230"/>
        <source>&amp;Annotate</source>
        <translation>التو&amp;سيم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="238"/>
        <source>Mark &amp;quote</source>
        <translation>تعليم ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="239"/>
        <source>Mark &amp;cue verb of the quote</source>
        <translation>تعليم &amp;فعل القول للاقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="240"/>
        <source>Pick the &amp;speaker in the text</source>
        <translation>اختيار ال&amp;قائل من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="241"/>
        <source>&amp;Relation from the chosen entity to another</source>
        <translation>&amp;علاقة من الكيان المختار إلى كيان آخر</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="242"/>
        <source>Next proclitic split of the chosen &amp;word</source>
        <translation>التقسيم التالي لسوابق ال&amp;كلمة المختارة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="244"/>
        <source>Accept the chosen suggestion</source>
        <translation>قبول الاقتراح المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="245"/>
        <source>&amp;Accept all suggestions in this document</source>
        <translation>&amp;قبول كل الاقتراحات في هذا المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="246"/>
        <source>Suggest &amp;names and quotes</source>
        <translation>اقتراح الأ&amp;سماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="247"/>
        <source>&amp;Label all occurrences in the project</source>
        <translation>وسم &amp;كل المواضع في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="248"/>
        <source>Search the project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="250"/>
        <source>&amp;Topics</source>
        <translation>ال&amp;مواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="252"/>
        <location filename="../../annotator/gui/window.py" line="513"/>
        <source>Topic {0}</source>
        <translation>الموضوع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="254"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="255"/>
        <source>Mark &amp;done and go to the next</source>
        <translation>تعليمه &amp;منجزًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="256"/>
        <source>&amp;Skip to the next</source>
        <translation>ت&amp;جاوزه إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="257"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="258"/>
        <source>&amp;Back to the previous document</source>
        <translation>العودة إلى المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="260"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="261"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="262"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="267"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="268"/>
        <source>&amp;Keys</source>
        <translation>الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="273"/>
        <source>Tag as {0}</source>
        <translation>وسم بـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="273"/>
        <source>(no label {0})</source>
        <translation>(لا وسم برقم {0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="353"/>
        <source>No more documents in this list.</source>
        <translation>لا مزيد من المستندات في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="359"/>
        <source>Mark document {0}</source>
        <translation>تعليم المستند: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="376"/>
        <source>Tag {0}</source>
        <translation>وسم {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="538"/>
        <source>Suggest other occurrences</source>
        <translation>اقتراح المواضع الأخرى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="540"/>
        <source>{0} more occurrences suggested: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>اقتُرح {0} موضعًا آخر: A لقبولها كلها، وEnter لقبول المختار، وDelete لرفضه.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="819"/>
        <source>1–9: tag the selection with the label of that number (Alt+1–9: exactly the characters selected)
Q: mark the selection as a quote, then click its speaker
C: mark the selection as the chosen quote&apos;s cue verb
S: pick the chosen quote&apos;s speaker in the text
R: a relation from the chosen entity; R again on the other entity, then its label&apos;s number
W: move the chosen entity to the next proclitic split (وبالعراق → بالعراق → العراق)
Enter / A: accept the chosen suggestion / all of them; G: suggest names and quotes
Ctrl+Shift+L: suggest the chosen entity in every document; Ctrl+F: search
Delete: remove the chosen annotation
Ctrl+1–9: topics
Ctrl+Enter: done, next document; Ctrl+Shift+Enter: skip
Ctrl+PgDown / Ctrl+PgUp: next / previous document
Ctrl+Z: undo; Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+plus / Ctrl+minus or Ctrl+wheel: zoom</source>
        <translation>1–9: وسم التحديد بالوسم صاحب الرقم (Alt+1–9: الحروف المحددة بالضبط)
Q: تعليم التحديد اقتباسًا ثم النقر على قائله
C: تعليم التحديد فعلَ القول للاقتباس المختار
S: اختيار قائل الاقتباس المختار من النص
R: علاقة من الكيان المختار؛ ثم R مرة أخرى على الكيان الآخر، ثم رقم نوع العلاقة
W: نقل بداية الكيان المختار إلى التقسيم التالي للسوابق (وبالعراق ← بالعراق ← العراق)
Enter / A: قبول الاقتراح المختار / كل الاقتراحات؛ G: اقتراح الأسماء والاقتباسات
Ctrl+Shift+L: اقتراح الكيان المختار في كل المستندات؛ Ctrl+F: البحث
Delete: حذف الوسم المختار
Ctrl+1–9: المواضيع
Ctrl+Enter: منجز والانتقال إلى التالي؛ Ctrl+Shift+Enter: تجاوز
Ctrl+PgDown / Ctrl+PgUp: المستند التالي / السابق
Ctrl+Z: تراجع؛ Ctrl+Shift+Z أو Ctrl+Y: إعادة
Ctrl+زائد / Ctrl+ناقص أو Ctrl+العجلة: تكبير وتصغير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="384"/>
        <source>Relabel as {0}</source>
        <translation>تغيير الوسم إلى {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="386"/>
        <source>Select words in the text first.</source>
        <translation>حدّد كلمات في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="426"/>
        <source>Not tagged: {0}</source>
        <translation>لم يُوسم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="434"/>
        <source>Select the quoted words first, then press Q.</source>
        <translation>حدّد الكلمات المقتبسة أولًا ثم اضغط Q.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="438"/>
        <source>Mark quote</source>
        <translation>تعليم اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="448"/>
        <source>Choose a quote, select its verb (قال، أكد، أضاف …), then press C.</source>
        <translation>اختر اقتباسًا وحدّد فعل القول (قال، أكد، أضاف …) ثم اضغط C.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="453"/>
        <source>Mark cue</source>
        <translation>تعليم فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="459"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="472"/>
        <source>Who said it? Click the speaker in the text, choose one in the Annotations panel, or type a name. Esc cancels.</source>
        <translation>من قال ذلك؟ انقر القائل في النص، أو اختره من لوحة الوسوم، أو اكتب اسمه. Esc للإلغاء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="481"/>
        <location filename="../../annotator/gui/window.py" line="490"/>
        <source>Set speaker</source>
        <translation>تحديد القائل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="499"/>
        <source>Delete annotation</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="556"/>
        <source>Split word</source>
        <translation>تقسيم الكلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="566"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="576"/>
        <source>Accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="577"/>
        <source>Accepted {0} suggestions.</source>
        <translation>قُبل {0} اقتراحًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="585"/>
        <source>Suggest names and quotes</source>
        <translation>اقتراح الأسماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="586"/>
        <location filename="../../annotator/gui/window.py" line="648"/>
        <source>{0} suggestions: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>{0} اقتراحًا: A لقبولها كلها، وEnter لقبول المختار، وDelete لرفضه.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="592"/>
        <source>Choose an entity first.</source>
        <translation>اختر كيانًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="602"/>
        <source>Label all occurrences of {0}</source>
        <translation>وسم كل مواضع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="603"/>
        <source>Suggested {0} in {1} other documents.</source>
        <translation>اقتُرح «{0}» في {1} مستندات أخرى.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="677"/>
        <source>{0} ({1}) — by {2}</source>
        <translation>{0} ({1}) — وسمه {2}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="681"/>
        <source>no speaker yet</source>
        <translation>لم يُحدَّد القائل بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="682"/>
        <source>Quote — said by {0} — by {1}</source>
        <translation>اقتباس — قاله {0} — وسمه {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="754"/>
        <source>{0} / {1} done</source>
        <translation>{0} / {1} منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="755"/>
        <source>Annotator: {0}</source>
        <translation>المُوسِّم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="757"/>
        <source>No document</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="760"/>
        <source>{0} entities, {1} quotes, {2} topics — {3}</source>
        <translation>{0} كيانات، {1} اقتباسات، {2} مواضيع — {3}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="817"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="37"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="41"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="50"/>
        <source>Annotator name:</source>
        <translation>اسم المُوسِّم:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="51"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="52"/>
        <source>Text font:</source>
        <translation>خط النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="53"/>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="54"/>
        <source>Keep proclitics inside entities (whole tokens, as ANERcorp and Wojood)</source>
        <translation>إبقاء السوابق داخل الكيانات (كلمات كاملة، كما في ANERcorp وWojood)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="56"/>
        <source>Suggest names and quotes when a new document opens</source>
        <translation>اقتراح الأسماء والاقتباسات عند فتح مستند جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="58"/>
        <source>This project:</source>
        <translation>هذا المشروع:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="61"/>
        <source>Label colours</source>
        <translation>ألوان الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="82"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="101"/>
        <source>The interface language changes the next time the app starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../annotator/gui/projects.py" line="26"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="27"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="28"/>
        <source>Open &amp;recent</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="31"/>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="42"/>
        <source>(no other project yet)</source>
        <translation>(لا مشروع آخر بعد)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="45"/>
        <location filename="../../annotator/gui/projects.py" line="51"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="46"/>
        <location filename="../../annotator/gui/projects.py" line="65"/>
        <source>Annotator projects ({0})</source>
        <translation>مشاريع المُوسِّم ({0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="52"/>
        <source>{0} exists already: open it, or choose another name.</source>
        <translation>الملف {0} موجود: افتحه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="57"/>
        <location filename="../../annotator/gui/projects.py" line="85"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="58"/>
        <source>Annotator projects ({0});;All files (*)</source>
        <translation>مشاريع المُوسِّم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="63"/>
        <location filename="../../annotator/gui/projects.py" line="73"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="75"/>
        <source>A copy of the project is in {0}.</source>
        <translation>نسخة من المشروع محفوظة في {0}.</translation>
    </message>
</context>
<context>
    <name>RelationMaker</name>
    <message>
        <location filename="../../annotator/gui/relations.py" line="41"/>
        <source>Choose an entity first, then press R.</source>
        <translation>اختر كيانًا أولًا، ثم اضغط R.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/relations.py" line="52"/>
        <source>Relation from {0}: choose the other entity (click it, or move to it in the Annotations list and press R). Esc cancels.</source>
        <translation>علاقة من {0}: اختر الكيان الآخر (انقر عليه، أو انتقل إليه في قائمة الوسوم واضغط R). Esc للإلغاء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/relations.py" line="66"/>
        <location filename="../../annotator/gui/relations.py" line="74"/>
        <source>Relation {0}</source>
        <translation>علاقة {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/relations.py" line="85"/>
        <source>The project has no relation labels: add them under Project ▸ Labels and topics.</source>
        <translation>لا توجد في المشروع أنواع علاقات: أضفها من المشروع ◂ الوسوم والمواضيع.</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="99"/>
        <source>Labels and topics</source>
        <translation>الوسوم والمواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="103"/>
        <location filename="../../annotator/gui/schema_editor.py" line="108"/>
        <location filename="../../annotator/gui/schema_editor.py" line="111"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="103"/>
        <location filename="../../annotator/gui/schema_editor.py" line="108"/>
        <location filename="../../annotator/gui/schema_editor.py" line="111"/>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="103"/>
        <location filename="../../annotator/gui/schema_editor.py" line="108"/>
        <location filename="../../annotator/gui/schema_editor.py" line="111"/>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="103"/>
        <source>Colour (double-click)</source>
        <translation>اللون (انقر مرتين)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="103"/>
        <location filename="../../annotator/gui/schema_editor.py" line="108"/>
        <location filename="../../annotator/gui/schema_editor.py" line="111"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="116"/>
        <source>Entity labels (keys 1–9 follow this order)</source>
        <translation>وسوم الكيانات (المفاتيح 1–9 تتبع هذا الترتيب)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="117"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="118"/>
        <source>Relations between entities</source>
        <translation>العلاقات بين الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="119"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="152"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SchemaTable</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="40"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="40"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="41"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="41"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="89"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="25"/>
        <source>Search the project (harakat, alef forms and proclitics ignored)</source>
        <translation>ابحث في المشروع (دون اعتبار للحركات وصور الألف والسوابق)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="27"/>
        <source>Exact spelling only (variants such as مسئول for مسؤول are listed after it otherwise)</source>
        <translation>الإملاء المطابق فقط (وإلا تأتي الصيغ الأخرى مثل مسئول لـ مسؤول بعده)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="67"/>
        <source>{0} matches shown; {1} documents hold these words</source>
        <translation>عُرضت {0} نتيجة؛ وتحوي {1} مستندات هذه الكلمات</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="70"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="168"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="171"/>
        <location filename="../../annotator/gui/transfer.py" line="183"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="171"/>
        <source>Import cancelled; the file being read was left out whole.</source>
        <translation>أُلغي الاستيراد؛ ولم يُضف شيء من الملف الذي كان قيد القراءة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="178"/>
        <source>Imported {0} documents; skipped {1} duplicates.</source>
        <translation>استُورد {0} مستندًا؛ وتُجووز {1} مكررًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="181"/>
        <source>{0} files were refused and added nothing.</source>
        <translation>رُفض {0} ملفًا ولم يُضف منها شيء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="185"/>
        <source>Problems, as FILE:LINE: reason:</source>
        <translation>المشكلات، بصيغة الملف:السطر: السبب:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="253"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="258"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="255"/>
        <source>Wrote {0} documents to {1}.</source>
        <translation>كُتب {0} مستندًا إلى {1}.</translation>
    </message>
</context>
</TS>
