<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="116"/>
        <source>(suggested)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="118"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="122"/>
        <source>(no speaker)</source>
        <translation>(بلا قائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="134"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="134"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="134"/>
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
        <location filename="../../annotator/gui/panels.py" line="211"/>
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
        <location filename="../../annotator/gui/app.py" line="97"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="98"/>
        <source>Your name as an annotator (saved with every annotation you make):</source>
        <translation>اسمك بصفتك مُوسِّمًا (يُحفظ مع كل وسم تضعه):</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="137"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="138"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="139"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="140"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="141"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="147"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="148"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="149"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="150"/>
        <source>skipped</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="191"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="196"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="210"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="211"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="212"/>
        <source>Documents that are:</source>
        <translation>المستندات التي حالتها:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="216"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="216"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>أسطر JSON (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="96"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="98"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="99"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="103"/>
        <source>From the file names</source>
        <translation>حسب أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="106"/>
        <source>Take the good records of a file and list the bad ones</source>
        <translation>خذ السجلات السليمة من الملف واعرض المعيبة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="107"/>
        <source>Add labels and topics the schema lacks</source>
        <translation>أضف الوسوم والمواضيع غير الموجودة في المخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="111"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="119"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="120"/>
        <source>JSONL id field:</source>
        <translation>حقل المعرّف في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="121"/>
        <source>JSONL text field:</source>
        <translation>حقل النص في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="122"/>
        <source>JSONL title field:</source>
        <translation>حقل العنوان في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="133"/>
        <source>Choose files</source>
        <translation>اختر ملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="133"/>
        <source>Articles (*.txt *.jsonl *.jsonl.gz *.jsonl.xz *.jsonl.bz2);;All files (*)</source>
        <translation>مقالات (*.txt *.jsonl *.jsonl.gz *.jsonl.xz *.jsonl.bz2);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="139"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/window.py" line="71"/>
        <source>Annotator — {0}</source>
        <translation>المُوسِّم — {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="103"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="110"/>
        <source>Search titles and ids</source>
        <translation>ابحث في العناوين والمعرّفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="126"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="130"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="134"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="142"/>
        <source>Annotations</source>
        <translation>الوسوم في المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="145"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="154"/>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="159"/>
        <source>This project has no guidelines yet. Add them under Project ▸ Labels and topics.</source>
        <translation>لا توجد إرشادات لهذا المشروع بعد. أضفها من المشروع ▸ الوسوم والمواضيع.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="175"/>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="176"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="177"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="179"/>
        <source>Labels and &amp;topics…</source>
        <translation>الوسوم و&amp;المواضيع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="180"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="185"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="193"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="194"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="196"/>
        <source>&amp;Annotate</source>
        <translation>التو&amp;سيم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="204"/>
        <source>Mark &amp;quote</source>
        <translation>تعليم ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="205"/>
        <source>Mark &amp;cue verb of the quote</source>
        <translation>تعليم &amp;فعل القول للاقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="206"/>
        <source>Pick the &amp;speaker in the text</source>
        <translation>اختيار ال&amp;قائل من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="208"/>
        <source>&amp;Topics</source>
        <translation>ال&amp;مواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="210"/>
        <location filename="../../annotator/gui/window.py" line="435"/>
        <source>Topic {0}</source>
        <translation>الموضوع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="212"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="213"/>
        <source>Mark &amp;done and go to the next</source>
        <translation>تعليمه &amp;منجزًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="214"/>
        <source>&amp;Skip to the next</source>
        <translation>ت&amp;جاوزه إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="215"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="216"/>
        <source>&amp;Back to the previous document</source>
        <translation>العودة إلى المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="219"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="220"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="225"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="226"/>
        <source>&amp;Keys</source>
        <translation>الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="231"/>
        <source>Tag as {0}</source>
        <translation>وسم بـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="231"/>
        <source>(no label {0})</source>
        <translation>(لا وسم برقم {0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="309"/>
        <source>No more documents in this list.</source>
        <translation>لا مزيد من المستندات في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="315"/>
        <source>Mark document {0}</source>
        <translation>تعليم المستند: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="332"/>
        <source>Tag {0}</source>
        <translation>وسم {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="337"/>
        <source>Relabel as {0}</source>
        <translation>تغيير الوسم إلى {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="339"/>
        <source>Select words in the text first.</source>
        <translation>حدّد كلمات في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="351"/>
        <source>Not tagged: {0}</source>
        <translation>لم يُوسم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="359"/>
        <source>Select the quoted words first, then press Q.</source>
        <translation>حدّد الكلمات المقتبسة أولًا ثم اضغط Q.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="363"/>
        <source>Mark quote</source>
        <translation>تعليم اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="373"/>
        <source>Choose a quote, select its verb (قال، أكد، أضاف …), then press C.</source>
        <translation>اختر اقتباسًا وحدّد فعل القول (قال، أكد، أضاف …) ثم اضغط C.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="377"/>
        <source>Mark cue</source>
        <translation>تعليم فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="383"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="396"/>
        <source>Who said it? Click the speaker in the text, choose one in the Annotations panel, or type a name. Esc cancels.</source>
        <translation>من قال ذلك؟ انقر القائل في النص، أو اختره من لوحة الوسوم، أو اكتب اسمه. Esc للإلغاء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="405"/>
        <location filename="../../annotator/gui/window.py" line="414"/>
        <source>Set speaker</source>
        <translation>تحديد القائل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="422"/>
        <source>Delete annotation</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="466"/>
        <source>{0} ({1}) — by {2}</source>
        <translation>{0} ({1}) — وسمه {2}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="470"/>
        <source>no speaker yet</source>
        <translation>لم يُحدَّد القائل بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="471"/>
        <source>Quote — said by {0} — by {1}</source>
        <translation>اقتباس — قاله {0} — وسمه {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="527"/>
        <source>{0} / {1} done</source>
        <translation>{0} / {1} منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="528"/>
        <source>Annotator: {0}</source>
        <translation>المُوسِّم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="530"/>
        <source>No document</source>
        <translation>لا مستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="533"/>
        <source>{0} entities, {1} quotes, {2} topics — {3}</source>
        <translation>{0} كيانات، {1} اقتباسات، {2} مواضيع — {3}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="590"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="592"/>
        <source>1–9: tag the selection with the label of that number (Alt+1–9: exactly the characters selected)
Q: mark the selection as a quote, then click its speaker
C: mark the selection as the chosen quote&apos;s cue verb
S: pick the chosen quote&apos;s speaker in the text
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
Delete: حذف الوسم المختار
Ctrl+1–9: المواضيع
Ctrl+Enter: منجز والانتقال إلى التالي؛ Ctrl+Shift+Enter: تجاوز
Ctrl+PgDown / Ctrl+PgUp: المستند التالي / السابق
Ctrl+Z: تراجع؛ Ctrl+Shift+Z أو Ctrl+Y: إعادة
Ctrl+زائد / Ctrl+ناقص أو Ctrl+العجلة: تكبير وتصغير</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="36"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="40"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="49"/>
        <source>Annotator name:</source>
        <translation>اسم المُوسِّم:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="50"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="51"/>
        <source>Text font:</source>
        <translation>خط النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="52"/>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="54"/>
        <source>Label colours</source>
        <translation>ألوان الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="75"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="91"/>
        <source>The interface language changes the next time the app starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="98"/>
        <source>Labels and topics</source>
        <translation>الوسوم والمواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="102"/>
        <location filename="../../annotator/gui/schema_editor.py" line="107"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="102"/>
        <location filename="../../annotator/gui/schema_editor.py" line="107"/>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="102"/>
        <location filename="../../annotator/gui/schema_editor.py" line="107"/>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="102"/>
        <source>Colour (double-click)</source>
        <translation>اللون (انقر مرتين)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="102"/>
        <location filename="../../annotator/gui/schema_editor.py" line="107"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="112"/>
        <source>Entity labels (keys 1–9 follow this order)</source>
        <translation>وسوم الكيانات (المفاتيح 1–9 تتبع هذا الترتيب)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="113"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="142"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SchemaTable</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="39"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="39"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="40"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="40"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="88"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="69"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="166"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="169"/>
        <location filename="../../annotator/gui/transfer.py" line="181"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="169"/>
        <source>Import cancelled; the file being read was left out whole.</source>
        <translation>أُلغي الاستيراد؛ ولم يُضف شيء من الملف الذي كان قيد القراءة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="176"/>
        <source>Imported {0} documents; skipped {1} duplicates.</source>
        <translation>استُورد {0} مستندًا؛ وتُجووز {1} مكررًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="179"/>
        <source>{0} files were refused and added nothing.</source>
        <translation>رُفض {0} ملفًا ولم يُضف منها شيء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="183"/>
        <source>Problems, as FILE:LINE: reason:</source>
        <translation>المشكلات، بصيغة الملف:السطر: السبب:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="242"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="244"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="244"/>
        <source>Wrote {0} documents to {1}.</source>
        <translation>كُتب {0} مستندًا إلى {1}.</translation>
    </message>
</context>
</TS>
