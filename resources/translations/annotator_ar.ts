<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="17"/>
        <source>About the annotator</source>
        <translation>عن المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="22"/>
        <source>Annotator {0}
Arabic news: entities, quotes and their speakers, relations, topics.</source>
        <translation>المُوسِّم {0}
الأخبار العربية: الكيانات والاقتباسات وقائلوها والعلاقات والمواضيع.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="27"/>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="27"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="27"/>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/about_dialog.py" line="35"/>
        <source>The Arabic text is drawn with Noto Sans Arabic (SIL Open Font License 1.1), bundled with the app. Qt is used under the LGPL version 3.</source>
        <translation>يُعرض النص العربي بخط Noto Sans Arabic (رخصة SIL للخطوط المفتوحة 1.1) المرفق بالتطبيق. ويُستخدم Qt بموجب رخصة LGPL الإصدار 3.</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="130"/>
        <source>(suggested)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="136"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="140"/>
        <source>(no speaker)</source>
        <translation>(بلا قائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="152"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="152"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="152"/>
        <source>Speaker / annotator</source>
        <translation>القائل / المُوسِّم</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/gui/panels.py" line="162"/>
        <source>or type a name not in the text, then Enter</source>
        <translation>أو اكتب اسمًا غير وارد في النص ثم Enter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="163"/>
        <source>Pick in the text</source>
        <translation>اختره من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="166"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="172"/>
        <source>Speaker:</source>
        <translation>القائل:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="175"/>
        <source>Cue:</source>
        <translation>فعل القول:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="240"/>
        <source>(choose a speaker)</source>
        <translation>(اختر القائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="246"/>
        <source>none — select the verb and press C</source>
        <translation>لا يوجد — حدّد الفعل واضغط C</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="114"/>
        <source>Internal error, please report it: {0}</source>
        <translation>خطأ داخلي، يرجى الإبلاغ عنه: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="115"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="121"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="122"/>
        <source>Your name as an annotator (saved with every annotation you make):</source>
        <translation>اسمك بصفتك مُوسِّمًا (يُحفظ مع كل وسم تضعه):</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../annotator/gui/projects.py" line="163"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="166"/>
        <source>hourly copy</source>
        <translation>نسخة كل ساعة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="166"/>
        <source>copy you made</source>
        <translation>نسخة صنعتها</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="167"/>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="167"/>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="169"/>
        <source>Copies kept in {0}:</source>
        <translation>النسخ المحفوظة في {0}:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="171"/>
        <source>No copies yet: the window makes one every hour it is open, and &apos;annotator backup&apos; makes one at any time.</source>
        <translation>لا نسخ بعد: تصنع النافذة نسخة كل ساعة تبقى فيها مفتوحة، ويصنع الأمر ‎&apos;annotator backup&apos;‎ نسخة في أي وقت.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="175"/>
        <source>{0} — {1} — {2} MB</source>
        <translation>{0} — {1} — {2} ميغابايت</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="183"/>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="52"/>
        <source>(nothing yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="46"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>الوقت المتبقي أقل من دقيقة</numerusform>
            <numerusform>الوقت المتبقي نحو دقيقة واحدة</numerusform>
            <numerusform>الوقت المتبقي نحو دقيقتين</numerusform>
            <numerusform>الوقت المتبقي نحو %n دقائق</numerusform>
            <numerusform>الوقت المتبقي نحو %n دقيقة</numerusform>
            <numerusform>الوقت المتبقي نحو %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="49"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>الوقت المتبقي أقل من ثانية</numerusform>
            <numerusform>الوقت المتبقي نحو ثانية واحدة</numerusform>
            <numerusform>الوقت المتبقي نحو ثانيتين</numerusform>
            <numerusform>الوقت المتبقي نحو %n ثوانٍ</numerusform>
            <numerusform>الوقت المتبقي نحو %n ثانية</numerusform>
            <numerusform>الوقت المتبقي نحو %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="52"/>
        <source>File %n of {0}: {1}</source>
        <translation>
            <numerusform>الملف %n من {0}: {1}</numerusform>
            <numerusform>الملف %n من {0}: {1}</numerusform>
            <numerusform>الملف %n من {0}: {1}</numerusform>
            <numerusform>الملف %n من {0}: {1}</numerusform>
            <numerusform>الملف %n من {0}: {1}</numerusform>
            <numerusform>الملف %n من {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="55"/>
        <source>%n article(s) added so far</source>
        <translation>
            <numerusform>لم يُضف أي مقال بعد</numerusform>
            <numerusform>أُضيف مقال واحد حتى الآن</numerusform>
            <numerusform>أُضيف مقالان حتى الآن</numerusform>
            <numerusform>أُضيفت %n مقالات حتى الآن</numerusform>
            <numerusform>أُضيف %n مقالًا حتى الآن</numerusform>
            <numerusform>أُضيف %n مقال حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="58"/>
        <source>%n of {0} document(s) written</source>
        <translation>
            <numerusform>لم تُكتب أي وثيقة بعد من {0}</numerusform>
            <numerusform>كُتبت وثيقة واحدة من {0}</numerusform>
            <numerusform>كُتبت وثيقتان من {0}</numerusform>
            <numerusform>كُتبت %n وثائق من {0}</numerusform>
            <numerusform>كُتبت %n وثيقة من {0}</numerusform>
            <numerusform>كُتبت %n وثيقة من {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="61"/>
        <source>Imported %n documents</source>
        <translation>
            <numerusform>لم تُستورد أي وثيقة</numerusform>
            <numerusform>استُوردت وثيقة واحدة</numerusform>
            <numerusform>استُوردت وثيقتان</numerusform>
            <numerusform>استُوردت %n وثائق</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
            <numerusform>استُوردت %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="64"/>
        <source>skipped %n duplicates.</source>
        <translation>
            <numerusform>ولا تكرار.</numerusform>
            <numerusform>وتُخطّيت وثيقة مكررة واحدة.</numerusform>
            <numerusform>وتُخطّيت وثيقتان مكررتان.</numerusform>
            <numerusform>وتُخطّيت %n وثائق مكررة.</numerusform>
            <numerusform>وتُخطّيت %n وثيقة مكررة.</numerusform>
            <numerusform>وتُخطّيت %n وثيقة مكررة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="67"/>
        <source>%n files were refused and added nothing.</source>
        <translation>
            <numerusform>لم يُرفض أي ملف.</numerusform>
            <numerusform>رُفض ملف واحد ولم يُضف منه شيء.</numerusform>
            <numerusform>رُفض ملفان ولم يُضف منهما شيء.</numerusform>
            <numerusform>رُفضت %n ملفات ولم يُضف منها شيء.</numerusform>
            <numerusform>رُفض %n ملفًا ولم يُضف منها شيء.</numerusform>
            <numerusform>رُفض %n ملف ولم يُضف منها شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="70"/>
        <source>Wrote %n documents to {0}.</source>
        <translation>
            <numerusform>لم تُكتب أي وثيقة في {0}.</numerusform>
            <numerusform>كُتبت وثيقة واحدة في {0}.</numerusform>
            <numerusform>كُتبت وثيقتان في {0}.</numerusform>
            <numerusform>كُتبت %n وثائق في {0}.</numerusform>
            <numerusform>كُتبت %n وثيقة في {0}.</numerusform>
            <numerusform>كُتبت %n وثيقة في {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationView</name>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="30"/>
        <source>Adjudicate: {0}</source>
        <translation>التحكيم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="42"/>
        <source>Accept the chosen label</source>
        <translation>اعتماد الوسم المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="44"/>
        <location filename="../../annotator/gui/curation_view.py" line="110"/>
        <source>Accept everything agreed</source>
        <translation>اعتماد كل المتفق عليه</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="49"/>
        <source>Accept this annotator&apos;s version</source>
        <translation>اعتماد نسخة هذا المعلِّق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="54"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="73"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="73"/>
        <source>Gold</source>
        <translation>المعتمد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="89"/>
        <source>{0} spans; {1} agreed by all; {2} in the gold layer.</source>
        <translation>المقاطع: {0}؛ المتفق عليها من الجميع: {1}؛ في الطبقة المعتمدة: {2}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="99"/>
        <source>Choose the label you accept: a cell in an annotator&apos;s column.</source>
        <translation>اختر الوسم الذي تعتمده: خانة في عمود أحد المعلِّقين.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="106"/>
        <source>Accept into gold</source>
        <translation>اعتماد في الطبقة المعتمدة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/curation_view.py" line="115"/>
        <source>Accept a version</source>
        <translation>اعتماد نسخة</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="85"/>
        <location filename="../../annotator/gui/dashboard_view.py" line="164"/>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="99"/>
        <source>Save as PNG…</source>
        <translation>حفظ صورةً PNG…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="101"/>
        <source>Save as HTML…</source>
        <translation>حفظ صفحةً HTML…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="103"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="121"/>
        <source>Documents done, per annotator</source>
        <translation>المستندات المنجزة لكل معلِّق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="122"/>
        <source>Documents done, per day (last 14 days)</source>
        <translation>المستندات المنجزة في كل يوم (آخر 14 يومًا)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="123"/>
        <source>Minutes per document (median), per annotator</source>
        <translation>الدقائق لكل مستند (الوسيط) لكل معلِّق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="125"/>
        <source>Entities per label</source>
        <translation>الكيانات لكل وسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="127"/>
        <source>Documents per topic</source>
        <translation>المستندات لكل موضوع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="128"/>
        <source>Agreement per label (entity F1 between annotators)</source>
        <translation>الاتفاق لكل وسم (مقياس F1 للكيانات بين المعلِّقين)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="131"/>
        <source>Least agreement first (entity F1 per document)</source>
        <translation>الأقل اتفاقًا أولًا (مقياس F1 للكيانات لكل مستند)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="136"/>
        <source>Save as PNG</source>
        <translation>حفظ صورةً PNG</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="137"/>
        <source>PNG images (*.png)</source>
        <translation>صور PNG ‏(*.png)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="142"/>
        <source>Save as HTML</source>
        <translation>حفظ صفحةً HTML</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="143"/>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب ‏(*.html)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="149"/>
        <source>{0} could not be written.</source>
        <translation>تعذّرت كتابة {0}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="157"/>
        <source>{0} could not be written ({1}).</source>
        <translation>تعذّرت كتابة {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/dashboard_view.py" line="165"/>
        <source>{0} documents</source>
        <translation>المستندات: {0}</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="152"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="153"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="154"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="155"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="156"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="162"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="163"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="164"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="165"/>
        <source>skipped</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="305"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="310"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="314"/>
        <source>Grow entities to whole tokens, proclitics included (as ANERcorp and Wojood)</source>
        <translation>توسيع الكيانات إلى كلمات كاملة بسوابقها (كما في ANERcorp وWojood)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="325"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="326"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="327"/>
        <source>Documents that are:</source>
        <translation>المستندات التي حالتها:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="334"/>
        <location filename="../../annotator/gui/transfer.py" line="337"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="188"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="190"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="191"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="195"/>
        <source>From the file names</source>
        <translation>حسب أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="198"/>
        <source>Take the good records of a file and list the bad ones</source>
        <translation>خذ السجلات السليمة من الملف واعرض المعيبة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="199"/>
        <source>Add labels and topics the schema lacks</source>
        <translation>أضف الوسوم والمواضيع غير الموجودة في المخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="203"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="211"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="212"/>
        <source>JSONL id field:</source>
        <translation>حقل المعرّف في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="213"/>
        <source>JSONL text field:</source>
        <translation>حقل النص في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="214"/>
        <source>JSONL title field:</source>
        <translation>حقل العنوان في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="226"/>
        <source>Choose files</source>
        <translation>اختر ملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="226"/>
        <source>Articles and annotations ({0});;All files (*)</source>
        <translation>مقالات ووسوم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="232"/>
        <source>Choose a folder</source>
        <translation>اختر مجلدًا</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="16"/>
        <location filename="../../annotator/gui/keys_dialog.py" line="20"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="20"/>
        <source>What they do</source>
        <translation>عملها</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="28"/>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="58"/>
        <source>Tag the selection with the label of that number</source>
        <translation>وسم التحديد بالوسم الذي يحمل ذلك الرقم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="59"/>
        <source>Tag exactly the characters selected, clitics and all</source>
        <translation>وسم الحروف المحددة بالضبط، بسوابقها ولواحقها</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="60"/>
        <source>Mark the selection as a quote, then click its speaker</source>
        <translation>تعليم التحديد اقتباسًا، ثم النقر على قائله</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="61"/>
        <source>Mark the selection as the chosen quote&apos;s cue verb</source>
        <translation>تعليم التحديد فعلَ القول للاقتباس المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="62"/>
        <source>Pick the chosen quote&apos;s speaker in the text</source>
        <translation>اختيار قائل الاقتباس المختار من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="63"/>
        <source>A relation from the chosen entity: R again on the other entity, then its label&apos;s number</source>
        <translation>علاقة من الكيان المختار: R مرة أخرى على الكيان الآخر، ثم رقم وسم العلاقة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="64"/>
        <source>Move the chosen entity to the next proclitic split (وبالعراق → بالعراق → العراق)</source>
        <translation>نقل الكيان المختار إلى التقسيم التالي للسوابق (وبالعراق ← بالعراق ← العراق)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="65"/>
        <source>Accept the chosen suggestion; A accepts all of them</source>
        <translation>قبول الاقتراح المختار؛ A تقبلها كلها</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="66"/>
        <source>Suggest names and quotes in this document</source>
        <translation>اقتراح الأسماء والاقتباسات في هذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="67"/>
        <source>Suggest the chosen entity in every document</source>
        <translation>اقتراح الكيان المختار في كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="68"/>
        <source>Search the project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="69"/>
        <source>Remove the chosen annotation</source>
        <translation>حذف التوسيم المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="70"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="71"/>
        <source>Done; open the next document</source>
        <translation>تمّت؛ افتح الوثيقة التالية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="72"/>
        <source>Skip; open the next document</source>
        <translation>تخطَّ؛ افتح الوثيقة التالية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="73"/>
        <source>Next / previous document</source>
        <translation>الوثيقة التالية / السابقة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="74"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="75"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="76"/>
        <source>Larger / smaller text (also Ctrl with the mouse wheel)</source>
        <translation>تكبير النص / تصغيره (أو Ctrl مع عجلة الفأرة)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="77"/>
        <source>New project / open a project</source>
        <translation>مشروع جديد / فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/keys_dialog.py" line="78"/>
        <source>Import / export</source>
        <translation>استيراد / تصدير</translation>
    </message>
</context>
<context>
    <name>LayerMenu</name>
    <message>
        <location filename="../../annotator/gui/layers.py" line="54"/>
        <source>Annotator &amp;layer</source>
        <translation>&amp;طبقة المعلِّق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/layers.py" line="62"/>
        <source>All annotators</source>
        <translation>كل المعلِّقين</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/window.py" line="112"/>
        <source>Annotator — {0}</source>
        <translation>المُوسِّم — {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="144"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="151"/>
        <source>As imported</source>
        <translation>بترتيب الاستيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="152"/>
        <source>Most useful first (the model&apos;s doubts)</source>
        <translation>الأنفع أولًا (شكوك النموذج)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="153"/>
        <source>Most useful first: new documents where the trained model is least sure, ranked each time it learns (Document ▸ Learn from the annotations).</source>
        <translation>الأنفع أولًا: المستندات الجديدة التي يقلّ فيها يقين النموذج المدرَّب، مرتّبة كلما تعلّم (المستند ◂ التعلّم من التعليقات).</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="157"/>
        <source>Search titles and ids</source>
        <translation>ابحث في العناوين والمعرّفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="175"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="179"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="183"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="191"/>
        <source>Annotations</source>
        <translation>الوسوم في المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="196"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="201"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="211"/>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="216"/>
        <source>This project has no guidelines yet. Add them under Project ▸ Labels and topics.</source>
        <translation>لا توجد إرشادات لهذا المشروع بعد. أضفها من المشروع ▸ الوسوم والمواضيع.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="239"/>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="241"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="242"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="244"/>
        <source>Labels and &amp;topics…</source>
        <translation>الوسوم و&amp;المواضيع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="245"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="247"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="249"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="250"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="252"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="258"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="259"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="261"/>
        <source>&amp;Annotate</source>
        <translation>التو&amp;سيم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="269"/>
        <source>Mark &amp;quote</source>
        <translation>تعليم ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="270"/>
        <source>Mark &amp;cue verb of the quote</source>
        <translation>تعليم &amp;فعل القول للاقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="271"/>
        <source>Pick the &amp;speaker in the text</source>
        <translation>اختيار ال&amp;قائل من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="272"/>
        <source>&amp;Relation from the chosen entity to another</source>
        <translation>&amp;علاقة من الكيان المختار إلى كيان آخر</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="273"/>
        <source>Next proclitic split of the chosen &amp;word</source>
        <translation>التقسيم التالي لسوابق ال&amp;كلمة المختارة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="275"/>
        <source>Accept the chosen suggestion</source>
        <translation>قبول الاقتراح المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="278"/>
        <source>&amp;Accept all suggestions in this document</source>
        <translation>&amp;قبول كل الاقتراحات في هذا المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="279"/>
        <source>Suggest &amp;names and quotes</source>
        <translation>اقتراح الأ&amp;سماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="280"/>
        <source>&amp;Label all occurrences in the project</source>
        <translation>وسم &amp;كل المواضع في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="281"/>
        <source>Search the project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="283"/>
        <source>&amp;Topics</source>
        <translation>ال&amp;مواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="285"/>
        <location filename="../../annotator/gui/window.py" line="585"/>
        <source>Topic {0}</source>
        <translation>الموضوع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="287"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="288"/>
        <source>Mark &amp;done and go to the next</source>
        <translation>تعليمه &amp;منجزًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="289"/>
        <source>&amp;Skip to the next</source>
        <translation>ت&amp;جاوزه إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="290"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="291"/>
        <source>&amp;Back to the previous document</source>
        <translation>العودة إلى المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="293"/>
        <source>&amp;Adjudicate…</source>
        <translation>&amp;تحكيم…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="294"/>
        <source>&amp;Learn from the annotations</source>
        <translation>&amp;التعلّم من التعليقات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="295"/>
        <source>Suggest names with the &amp;model</source>
        <translation>اقتراح أسماء من ال&amp;نموذج</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="297"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="298"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="299"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="306"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="307"/>
        <source>&amp;Keys</source>
        <translation>الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="308"/>
        <source>Team &amp;dashboard…</source>
        <translation>&amp;لوحة متابعة الفريق…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="309"/>
        <source>&amp;About the annotator</source>
        <translation>&amp;عن المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="314"/>
        <source>Tag as {0}</source>
        <translation>وسم بـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="314"/>
        <source>(no label {0})</source>
        <translation>(لا وسم برقم {0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="425"/>
        <source>No more documents in this list.</source>
        <translation>لا مزيد من المستندات في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="431"/>
        <source>Mark document {0}</source>
        <translation>تعليم المستند: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="448"/>
        <source>Tag {0}</source>
        <translation>وسم {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="614"/>
        <source>Suggest other occurrences</source>
        <translation>اقتراح المواضع الأخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="617"/>
        <source>(the nearest of %n found)</source>
        <translation>
            <numerusform>(الأقرب من بين لا شيء)</numerusform>
            <numerusform>(الأقرب من بين موضع واحد)</numerusform>
            <numerusform>(الأقرب من بين موضعين)</numerusform>
            <numerusform>(الأقرب من بين %n مواضع)</numerusform>
            <numerusform>(الأقرب من بين %n موضعًا)</numerusform>
            <numerusform>(الأقرب من بين %n موضع)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="655"/>
        <source>Accepted %n suggestions.</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح.</numerusform>
            <numerusform>قُبل اقتراح واحد.</numerusform>
            <numerusform>قُبل اقتراحان.</numerusform>
            <numerusform>قُبلت %n اقتراحات.</numerusform>
            <numerusform>قُبل %n اقتراحًا.</numerusform>
            <numerusform>قُبل %n اقتراح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="664"/>
        <location filename="../../annotator/gui/window.py" line="728"/>
        <source>%n suggestions: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>لا اقتراحات.</numerusform>
            <numerusform>اقتراح واحد: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>اقتراحان: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>%n اقتراحات: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>%n اقتراحًا: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>%n اقتراح: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="681"/>
        <source>Suggested {0} in %n other documents.</source>
        <translation>
            <numerusform>لم يُقترح {0} في أي وثيقة أخرى.</numerusform>
            <numerusform>اقتُرح {0} في وثيقة أخرى واحدة.</numerusform>
            <numerusform>اقتُرح {0} في وثيقتين أخريين.</numerusform>
            <numerusform>اقتُرح {0} في %n وثائق أخرى.</numerusform>
            <numerusform>اقتُرح {0} في %n وثيقة أخرى.</numerusform>
            <numerusform>اقتُرح {0} في %n وثيقة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="760"/>
        <source>No model yet: Document ▸ Learn from the annotations trains one.</source>
        <translation>لا نموذج بعد: المستند ◂ التعلّم من التعليقات يدرّب نموذجًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="764"/>
        <source>Suggest names with the model</source>
        <translation>اقتراح أسماء من النموذج</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="765"/>
        <source>The model suggests %n names: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>لا يقترح النموذج أي اسم.</numerusform>
            <numerusform>يقترح النموذج اسمًا واحدًا: A يقبل الكل، وEnter المختار، وDelete يرفضه.</numerusform>
            <numerusform>يقترح النموذج اسمين: A يقبل الكل، وEnter المختار، وDelete يرفضه.</numerusform>
            <numerusform>يقترح النموذج %n أسماء: A يقبل الكل، وEnter المختار، وDelete يرفضه.</numerusform>
            <numerusform>يقترح النموذج %n اسمًا: A يقبل الكل، وEnter المختار، وDelete يرفضه.</numerusform>
            <numerusform>يقترح النموذج %n اسم: A يقبل الكل، وEnter المختار، وDelete يرفضه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="779"/>
        <source>Learning from the annotations…</source>
        <translation>التعلّم من التعليقات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="783"/>
        <source>Learn from the annotations</source>
        <translation>التعلّم من التعليقات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="783"/>
        <source>Nothing to learn from yet: accept some names first.</source>
        <translation>لا شيء يُتعلَّم منه بعد: اقبل بعض الأسماء أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="789"/>
        <source>Learnt from {0} documents in {1} s; on documents held out: precision {2}, recall {3}, F1 {4}.</source>
        <translation>تعلّم من المستندات ({0}) في {1} ث؛ على المستندات المحجوبة: الدقة {2}، والاستدعاء {3}، وF1 {4}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="823"/>
        <source> — the model is {0}% sure</source>
        <translation> — النموذج واثق بنسبة {0}٪</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="907"/>
        <source>Annotator: {0}; showing the layer of {1}</source>
        <translation>المعلِّق: {0}؛ تُعرض طبقة {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="912"/>
        <source>%n entities</source>
        <translation>
            <numerusform>لا كيانات</numerusform>
            <numerusform>كيان واحد</numerusform>
            <numerusform>كيانان</numerusform>
            <numerusform>%n كيانات</numerusform>
            <numerusform>%n كيانًا</numerusform>
            <numerusform>%n كيان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="913"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>لا اقتباسات</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="914"/>
        <source>%n topics</source>
        <translation>
            <numerusform>لا مواضيع</numerusform>
            <numerusform>موضوع واحد</numerusform>
            <numerusform>موضوعان</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n موضوعًا</numerusform>
            <numerusform>%n موضوع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="917"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="917"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="919"/>
        <source>; {0}</source>
        <translation>؛ {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="919"/>
        <source>%n suggestions waiting</source>
        <translation>
            <numerusform>لا اقتراحات تنتظر</numerusform>
            <numerusform>اقتراح واحد ينتظر</numerusform>
            <numerusform>اقتراحان ينتظران</numerusform>
            <numerusform>%n اقتراحات تنتظر</numerusform>
            <numerusform>%n اقتراحًا ينتظر</numerusform>
            <numerusform>%n اقتراح ينتظر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="456"/>
        <source>Relabel as {0}</source>
        <translation>تغيير الوسم إلى {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="458"/>
        <source>Select words in the text first.</source>
        <translation>حدّد كلمات في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="498"/>
        <source>Not tagged: {0}</source>
        <translation>لم يُوسم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="506"/>
        <source>Select the quoted words first, then press Q.</source>
        <translation>حدّد الكلمات المقتبسة أولًا ثم اضغط Q.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="510"/>
        <source>Mark quote</source>
        <translation>تعليم اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="520"/>
        <source>Choose a quote, select its verb (قال، أكد، أضاف …), then press C.</source>
        <translation>اختر اقتباسًا وحدّد فعل القول (قال، أكد، أضاف …) ثم اضغط C.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="525"/>
        <source>Mark cue</source>
        <translation>تعليم فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="531"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="544"/>
        <source>Who said it? Click the speaker in the text, choose one in the Annotations panel, or type a name. Esc cancels.</source>
        <translation>من قال ذلك؟ انقر القائل في النص، أو اختره من لوحة الوسوم، أو اكتب اسمه. Esc للإلغاء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="553"/>
        <location filename="../../annotator/gui/window.py" line="562"/>
        <source>Set speaker</source>
        <translation>تحديد القائل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="571"/>
        <source>Delete annotation</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="615"/>
        <source>%n more occurrences suggested: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>لا مواضع أخرى مقترحة.</numerusform>
            <numerusform>اقتُرح موضع آخر واحد: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>اقتُرح موضعان آخران: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>اقتُرحت %n مواضع أخرى: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>اقتُرح %n موضعًا آخر: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
            <numerusform>اقتُرح %n موضع آخر: A لقبول الكل، Enter للمختار، Delete لرفضه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="633"/>
        <source>Split word</source>
        <translation>تقسيم الكلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="643"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="654"/>
        <source>Accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="663"/>
        <source>Suggest names and quotes</source>
        <translation>اقتراح الأسماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="670"/>
        <source>Choose an entity first.</source>
        <translation>اختر كيانًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="680"/>
        <source>Label all occurrences of {0}</source>
        <translation>وسم كل مواضع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="821"/>
        <source>{0} ({1}) — by {2}</source>
        <translation>{0} ({1}) — وسمه {2}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="828"/>
        <source>no speaker yet</source>
        <translation>لم يُحدَّد القائل بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="829"/>
        <source>Quote — said by {0} — by {1}</source>
        <translation>اقتباس — قاله {0} — وسمه {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="905"/>
        <source>{0} / {1} done</source>
        <translation>{0} / {1} منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="906"/>
        <source>Annotator: {0}</source>
        <translation>المُوسِّم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="909"/>
        <source>No document</source>
        <translation>لا مستند</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="38"/>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="42"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="51"/>
        <source>Annotator name:</source>
        <translation>اسم المُوسِّم:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="52"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="53"/>
        <source>Text font:</source>
        <translation>خط النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="54"/>
        <source>Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="55"/>
        <source>Keep proclitics inside entities (whole tokens, as ANERcorp and Wojood)</source>
        <translation>إبقاء السوابق داخل الكيانات (كلمات كاملة، كما في ANERcorp وWojood)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="57"/>
        <source>Suggest names and quotes when a new document opens</source>
        <translation>اقتراح الأسماء والاقتباسات عند فتح مستند جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="59"/>
        <source>This project:</source>
        <translation>هذا المشروع:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="62"/>
        <source>Label colours</source>
        <translation>ألوان الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="85"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/preferences_dialog.py" line="104"/>
        <source>The interface language changes the next time the app starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../annotator/gui/projects.py" line="61"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="62"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="63"/>
        <source>Open &amp;recent</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="66"/>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="67"/>
        <source>Restore a &amp;backup…</source>
        <translation>استعادة &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="78"/>
        <source>(no other project yet)</source>
        <translation>(لا مشروع آخر بعد)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="81"/>
        <location filename="../../annotator/gui/projects.py" line="87"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="82"/>
        <location filename="../../annotator/gui/projects.py" line="101"/>
        <source>Annotator projects ({0})</source>
        <translation>مشاريع المُوسِّم ({0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="88"/>
        <source>{0} exists already: open it, or choose another name.</source>
        <translation>الملف {0} موجود: افتحه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="93"/>
        <location filename="../../annotator/gui/projects.py" line="150"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="94"/>
        <source>Annotator projects ({0});;All files (*)</source>
        <translation>مشاريع المُوسِّم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="99"/>
        <location filename="../../annotator/gui/projects.py" line="109"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="111"/>
        <source>A copy of the project is in {0}.</source>
        <translation>نسخة من المشروع محفوظة في {0}.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="125"/>
        <location filename="../../annotator/gui/projects.py" line="128"/>
        <location filename="../../annotator/gui/projects.py" line="136"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="129"/>
        <source>Replace the project with the copy {0} ({1} documents)? The project as it is now is kept as a copy first, so this can be undone.</source>
        <translation>أتستبدل بالمشروع النسخة {0} (عدد المستندات: {1})؟ يُحفظ المشروع بحاله الآن نسخةً أولًا، فيمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="140"/>
        <source>Restored. The project as it was before is kept in {0}.</source>
        <translation>تمت الاستعادة. المشروع كما كان قبلها محفوظ في {0}.</translation>
    </message>
</context>
<context>
    <name>QuietTraining</name>
    <message>
        <location filename="../../annotator/gui/learning.py" line="82"/>
        <source>The model learnt from {0} documents; on documents held out, F1 {1}.</source>
        <translation>تعلّم النموذج من المستندات ({0})؛ على المستندات المحجوبة: F1 ‏{1}.</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="5"/>
        <source>entity {id}</source>
        <translation>الكيان {id}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="6"/>
        <source>entity</source>
        <translation>الكيان</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="7"/>
        <source>quote {id}</source>
        <translation>الاقتباس {id}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="8"/>
        <source>quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="9"/>
        <source>relation {id}</source>
        <translation>العلاقة {id}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="10"/>
        <source>relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="11"/>
        <source>{what}: label</source>
        <translation>{what}: الوسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="12"/>
        <source>{what} {name!r} starts or ends with a space: not added</source>
        <translation>{what} {name!r} يبدأ بمسافة أو ينتهي بها: لم يُضف</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="13"/>
        <source>the record has no text (a string is required)</source>
        <translation>السجل بلا نص (يلزم نص)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="14"/>
        <source>the text is empty or only whitespace</source>
        <translation>النص فارغ أو مسافات فقط</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="15"/>
        <source>id {raw_id!r} must be a string or a whole number</source>
        <translation>المعرّف {raw_id!r} يجب أن يكون نصًا أو عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="16"/>
        <source>document id {document_id!r} is already in the project with a different text</source>
        <translation>معرّف المستند {document_id!r} موجود في المشروع بنص مختلف</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="17"/>
        <source>meta must be a JSON object</source>
        <translation>يجب أن يكون meta كائن JSON</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="18"/>
        <source>status {status!r} is not one of {names}</source>
        <translation>الحالة {status!r} ليست من بين: {names}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="19"/>
        <source>{name} must be a list</source>
        <translation>يجب أن يكون {name} قائمة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="20"/>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="21"/>
        <source>{what}: text at {start}-{end} is {text!r}, not {given!r}</source>
        <translation>{what}: النص عند {start}-{end} هو {text!r} لا {given!r}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="22"/>
        <source>{what}: offsets {start}-{end} fall inside characters that normalisation joins</source>
        <translation>{what}: الموضعان {start}-{end} يقعان داخل محارف يدمجها التوحيد</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="23"/>
        <source>each entity must be a JSON object</source>
        <translation>يجب أن يكون كل كيان كائن JSON</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="24"/>
        <source>{what}: label is missing</source>
        <translation>{what}: الوسم مفقود</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="25"/>
        <source>each quote must be a JSON object</source>
        <translation>يجب أن يكون كل اقتباس كائن JSON</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="26"/>
        <source>{what} cue</source>
        <translation>فعل القول في {what}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="27"/>
        <source>{what}: speaker_text must be a string or null</source>
        <translation>{what}: يجب أن يكون speaker_text نصًا أو null</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="28"/>
        <source>each relation must be a JSON object with head, tail and label</source>
        <translation>يجب أن تكون كل علاقة كائن JSON فيه head وtail وlabel</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="29"/>
        <source>{what}: head and tail (entity ids) are required</source>
        <translation>{what}: يلزم head وtail (معرّفا الكيانين)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="30"/>
        <source>{what}: relation label</source>
        <translation>{what}: وسم العلاقة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="31"/>
        <source>{what}: source {given!r} is not one of {names}</source>
        <translation>{what}: المصدر {given!r} ليس من بين: {names}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="32"/>
        <source>{what}: label {label!r} is not in the project&apos;s schema (use --add-labels to add it)</source>
        <translation>{what}: الوسم {label!r} ليس في مخطط المشروع (استخدم ‎--add-labels‎ لإضافته)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="33"/>
        <source>topic {topic!r} must be a non-empty string</source>
        <translation>الموضوع {topic!r} يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="34"/>
        <source>topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="35"/>
        <source>a space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="36"/>
        <source>{what} {name!r} holds {shown}: not added (a name the schema gains must be one word of visible characters)</source>
        <translation>{what} {name!r} فيه {shown}: لم يُضف (الاسم الجديد في المخطط يجب أن يكون كلمة واحدة من محارف ظاهرة)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="37"/>
        <source>two entities have the id {raw_id!r}</source>
        <translation>كيانان يحملان المعرّف نفسه {raw_id!r}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="38"/>
        <source>relation {label} links an entity to itself</source>
        <translation>العلاقة {label} تربط كيانًا بنفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="39"/>
        <source>{what}: cue must be a JSON object with start, end and text</source>
        <translation>{what}: يجب أن يكون cue كائن JSON فيه start وend وtext</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="40"/>
        <source>{what}: relation label {label!r} is not in the project&apos;s schema (use --add-labels to add it)</source>
        <translation>{what}: وسم العلاقة {label!r} ليس في مخطط المشروع (استخدم ‎--add-labels‎ لإضافته)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="41"/>
        <source>topic {topic!r} is not in the project&apos;s schema (use --add-labels to add it)</source>
        <translation>الموضوع {topic!r} ليس في مخطط المشروع (استخدم ‎--add-labels‎ لإضافته)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="42"/>
        <source>{what} {name!r} holds {shown}: not added (a name the schema gains must be one line of visible characters)</source>
        <translation>{what} {name!r} فيه {shown}: لم يُضف (الاسم الجديد في المخطط يجب أن يكون سطرًا واحدًا من محارف ظاهرة)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="43"/>
        <source>quote speaker {speaker!r} is not the id of an entity of this document</source>
        <translation>قائل الاقتباس {speaker!r} ليس معرّف كيان في هذا المستند</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="44"/>
        <source>relation {label}: {end} {value!r} is not the id of an entity of this document</source>
        <translation>العلاقة {label}: ‏{end} {value!r} ليس معرّف كيان في هذا المستند</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="46"/>
        <source>every label needs a name</source>
        <translation>كل وسم يحتاج إلى اسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="47"/>
        <source>every topic needs a name</source>
        <translation>كل موضوع يحتاج إلى اسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="48"/>
        <source>every relation needs a name</source>
        <translation>كل علاقة تحتاج إلى اسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="49"/>
        <source>two labels have the same name</source>
        <translation>وسمان يحملان الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="50"/>
        <source>two topics have the same name</source>
        <translation>موضوعان يحملان الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="51"/>
        <source>two relations have the same name</source>
        <translation>علاقتان تحملان الاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="55"/>
        <source>{path}: not a file; a project is a file (for example project.db).</source>
        <translation>{path}: ليس ملفًا؛ المشروع ملف (مثل project.db).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="56"/>
        <source>{path}: no project file here.</source>
        <translation>{path}: لا ملف مشروع هنا.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="57"/>
        <source>{path}: made by a newer annotator (file version {version}, this one knows {known}); update the annotator to open it.</source>
        <translation>{path}: أنشأه إصدار أحدث من المُعلِّم (إصدار الملف {version}، وهذا يعرف {known})؛ حدّث المُعلِّم لفتحه.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="59"/>
        <source>{path}: this SQLite file is not an annotator project.</source>
        <translation>{path}: ملف SQLite هذا ليس مشروع تعليق.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="58"/>
        <source>{target}: that is this project itself; choose another file for the copy.</source>
        <translation>{target}: هذا هو المشروع نفسه؛ اختر ملفًا آخر للنسخة.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="53"/>
        <source>{path}: not an annotator project ({error}).</source>
        <translation>{path}: ليس مشروع تعليق ({error}).</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="81"/>
        <source>brat has no document labels: left out {topics} topics (and every document&apos;s status and metadata)</source>
        <translation>لا يعرف brat وسوم المستندات: تُركت المواضيع (عددها {topics}) وكذلك حالة كل مستند وبياناته الوصفية</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="91"/>
        <source>left out {crossing} entities that cross another one (CoNLL columns hold nesting, not crossing)</source>
        <translation>تُركت الكيانات المتقاطعة مع غيرها (عددها {crossing})؛ أعمدة CoNLL تحمل التداخل لا التقاطع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="101"/>
        <source>not valid {encoding} (byte {start}); save the file again as UTF-8</source>
        <translation>ليس {encoding} صالحًا (البايت {start})؛ احفظ الملف من جديد بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="116"/>
        <source>broken JSON ({problem}) at column {colno}</source>
        <translation>JSON معطوب ({problem}) عند العمود {colno}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="117"/>
        <source>the line is longer than {megabytes} MB, far more than any article: not read</source>
        <translation>السطر أطول من {megabytes} ميغابايت، أكثر بكثير من أي مقال: لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="118"/>
        <source>the file expands more than {times} times its compressed size: damaged or built to exhaust memory; the rest was not read</source>
        <translation>الملف يتمدد أكثر من {times} ضعف حجمه المضغوط: معطوب أو مصنوع لاستنفاد الذاكرة؛ لم يُقرأ الباقي</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="119"/>
        <source>more than {count:,} blank lines in a row: damaged or built to waste time; the rest was not read</source>
        <translation>أكثر من {count:,} سطر فارغ متتالٍ: معطوب أو مصنوع لإضاعة الوقت؛ لم يُقرأ الباقي</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="120"/>
        <source>{count} further annotations of the task (only the first is read)</source>
        <translation>تعليقات أخرى على المهمة (عددها {count})؛ يُقرأ الأول فقط</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="125"/>
        <source>task {number}: left out {items}</source>
        <translation>المهمة {number}: تُرك {items}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="127"/>
        <source>a region with {count} labels (one label a span)</source>
        <translation>منطقة عليها وسوم (عددها {count})؛ لكل مقطع وسم واحد</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="128"/>
        <source>task {number} is not in Label Studio&apos;s shape ({kind}: {error})</source>
        <translation>المهمة {number} ليست بشكل Label Studio ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="60"/>
        <source>{name!r} is still used {used} times; change those annotations before removing it</source>
        <translation>{name!r} ما زال مستخدمًا (عدد المرات: {used})؛ غيّر تلك التعليقات قبل حذفه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="1"/>
        <source>{path}: not an annotator project ({error})</source>
        <translation>{path}: ليس مشروع تعليق ({error})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="2"/>
        <source>{path}: the copy is damaged ({verdict}); choose another one</source>
        <translation>{path}: النسخة معطوبة ({verdict})؛ اختر نسخة أخرى</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="3"/>
        <source>{path}: not an annotator project</source>
        <translation>{path}: ليس مشروع تعليق</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="4"/>
        <source>{path}: made by a newer annotator; update the annotator to restore it</source>
        <translation>{path}: أنشأه إصدار أحدث من المُعلِّم؛ حدّث المُعلِّم لاستعادتها</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="52"/>
        <source>{path}: this project can only be read here (its file or folder cannot be written); nothing was changed.</source>
        <translation>{path}: هذا المشروع للقراءة فقط هنا (لا تمكن الكتابة في ملفه أو مجلده)؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="62"/>
        <source>{path}: this older project must be upgraded, and no copy of it could be kept first ({error}); nothing was changed. Make room or move it to a folder you can write to.</source>
        <translation>{path}: هذا المشروع الأقدم يحتاج إلى ترقية، وتعذّر حفظ نسخة منه أولًا ({error})؛ لم يتغيّر شيء. وفّر مساحة أو انقله إلى مجلد يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="63"/>
        <source>{path}: the change could not be saved ({error}); nothing of it was kept. Free some disk space or check the file, then do it again.</source>
        <translation>{path}: تعذّر حفظ التغيير ({error})؛ لم يُحفظ منه شيء. وفّر مساحة على القرص أو افحص الملف، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="64"/>
        <source>{path}: upgrading the file broke a link between rows; it was left as it was.</source>
        <translation>{path}: ترقية الملف كسرت رابطًا بين الصفوف؛ فتُرك كما كان.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="61"/>
        <source>{path}: the project is busy (another program, such as an import, is writing to it); nothing was changed: try again in a moment.</source>
        <translation>{path}: المشروع مشغول (برنامج آخر، كاستيراد، يكتب فيه)؛ لم يتغيّر شيء: أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="45"/>
        <source>the training stopped (exit {code}): {said}</source>
        <translation>توقف التدريب (رمز الخروج {code}): {said}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="54"/>
        <source>{path}: its folder cannot be written, and no copy of it could be made to read ({error}); copy it somewhere you can write to.</source>
        <translation>{path}: لا يمكن الكتابة في مجلده، وتعذّر عمل نسخة منه للقراءة ({error})؛ انسخه إلى مكان يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="65"/>
        <source>name each annotator once</source>
        <translation>سمِّ كل معلِّق مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="66"/>
        <source>the overlap is a fraction from 0 to 1, not {overlap}</source>
        <translation>نسبة التداخل كسر من 0 إلى 1، لا {overlap}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="67"/>
        <source>{path}: a project cannot be merged into itself</source>
        <translation>{path}: لا يُدمج مشروع في نفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="68"/>
        <source>{name!r} becomes a file name: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>{name!r} يصير اسم ملف: استخدم الحروف والأرقام و‎&apos;.&apos;‎ و‎&apos;-&apos;‎ و‎&apos;_&apos;‎</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="69"/>
        <source>{path} exists already: hand out into an empty folder</source>
        <translation>{path} موجود من قبل: وزّع في مجلد فارغ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="70"/>
        <source>{path}: the hand-out file could not take every document</source>
        <translation>{path}: تعذّر على ملف التوزيع أخذ كل المستندات</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="71"/>
        <source>start and end must be whole numbers</source>
        <translation>يجب أن يكون start وend عددين صحيحين</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="72"/>
        <source>offsets {start}-{end} lie outside the text (length {length})</source>
        <translation>الموضعان {start}-{end} خارج النص (طوله {length})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="73"/>
        <source>offsets {start}-{end} are reversed or empty</source>
        <translation>الموضعان {start}-{end} معكوسان أو فارغان</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="74"/>
        <source>text at {start}-{end} is {surface!r}, not {expected!r}</source>
        <translation>النص عند {start}-{end} هو {surface!r} لا {expected!r}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="75"/>
        <source>span {start}-{end} starts or ends with whitespace or a direction mark</source>
        <translation>المقطع {start}-{end} يبدأ أو ينتهي بمسافة أو علامة اتجاه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="76"/>
        <source>span {start}-{end} cuts a letter from its marks (a grapheme cluster)</source>
        <translation>المقطع {start}-{end} يفصل حرفًا عن علاماته (عنقود محارف)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="77"/>
        <source>{target} is a project file (SQLite): choose another name for the export</source>
        <translation>{target} ملف مشروع (SQLite): اختر اسمًا آخر للتصدير</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="78"/>
        <source>{span_id}: offsets {offsets} lie outside the text (length {length}) or are reversed</source>
        <translation>{span_id}: المواضع {offsets} خارج النص (طوله {length}) أو معكوسة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="79"/>
        <source>{span_id}: text {surface!r} is not the document&apos;s {expected!r} at {offsets}</source>
        <translation>{span_id}: النص {surface!r} ليس نص المستند {expected!r} عند {offsets}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="80"/>
        <source>split: words between the fragments</source>
        <translation>مقطع مجزأ: بين أجزائه كلمات</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="82"/>
        <source>no {name} beside it: brat keeps the text in a .txt of the same name</source>
        <translation>لا يوجد {name} بجانبه: يحفظ brat النص في ملف ‎.txt‎ بالاسم نفسه</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="83"/>
        <source>left out {skipped} attribute, event, normalisation or note lines the annotator does not model</source>
        <translation>تُركت أسطر الصفات والأحداث والتوحيد والملاحظات التي لا يمثّلها المُعلِّم (عددها {skipped})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="84"/>
        <source>left out {length} discontinuous spans whose pieces have words between them ({names}): the annotator keeps spans whole</source>
        <translation>تُركت المقاطع المتقطعة التي بين أجزائها كلمات (عددها {length}: {names}): المُعلِّم يحفظ المقاطع كاملة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="85"/>
        <source>{relation} links {span}, which is not a span of this file</source>
        <translation>{relation} يربط {span}، وهو ليس مقطعًا في هذا الملف</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="86"/>
        <source>not a brat standoff line: {text!r}</source>
        <translation>ليس سطر brat صالحًا: {text!r}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="87"/>
        <source>a tag with no token (the line starts with a space)</source>
        <translation>وسم بلا كلمة (السطر يبدأ بمسافة)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="88"/>
        <source>a token with no tag</source>
        <translation>كلمة بلا وسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="89"/>
        <source>{count:,} tag columns, more than any nesting (at most {most}): not read</source>
        <translation>أعمدة الوسوم {count:,}، أكثر من أي تداخل (الحد {most}): لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="90"/>
        <source>{text!r} is not a tag (O, B-X, I-X, E-X, S-X)</source>
        <translation>{text!r} ليس وسمًا (O، B-X، I-X، E-X، S-X)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="92"/>
        <source>{repaired} I- tags followed no entity of their type; each now starts an entity (written back as B-)</source>
        <translation>وسوم I- لم تسبقها كيانات من نوعها (عددها {repaired})؛ صار كل منها بداية كيان (ويُكتب B-)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="93"/>
        <source>two lines merged into one? {text!r} stands where a tag belongs</source>
        <translation>سطران مدمجان في سطر؟ {text!r} في موضع الوسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="94"/>
        <source>CoNLL carries no quotes or topics: left out {quotes} quotes and {topics} topics and {relations} relations</source>
        <translation>لا يحمل CoNLL الاقتباسات ولا المواضيع: تُركت الاقتباسات ({quotes}) والمواضيع ({topics}) والعلاقات ({relations})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="95"/>
        <source>CoNLL carries no quotes or topics: left out {quotes} quotes and {topics} topics</source>
        <translation>لا يحمل CoNLL الاقتباسات ولا المواضيع: تُركت الاقتباسات ({quotes}) والمواضيع ({topics})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="96"/>
        <source>the line is longer than {count:,} characters, far more than a token and its tags: not read</source>
        <translation>السطر أطول من {count:,} محرف، أكثر بكثير من كلمة ووسومها: لم يُقرأ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="97"/>
        <source>this is a binary file, not text</source>
        <translation>هذا ملف ثنائي لا نص</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="98"/>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="99"/>
        <source>neither UTF-8 (bad byte at {start}) nor an Arabic encoding (Windows-1256, ISO-8859-6); save the file as UTF-8</source>
        <translation>ليس UTF-8 (بايت خاطئ عند {start}) ولا ترميزًا عربيًا (Windows-1256، ISO-8859-6)؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="100"/>
        <source>this looks like a binary file (control characters in the text)</source>
        <translation>يبدو ملفًا ثنائيًا (في النص محارف تحكّم)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="102"/>
        <source>the text is garbled (UTF-8 that was read as Windows-1256) and cannot be repaired exactly; export it again from its source as UTF-8</source>
        <translation>النص مشوّه (UTF-8 قُرئ على أنه Windows-1256) ولا يمكن إصلاحه بدقة؛ صدّره من مصدره من جديد بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="103"/>
        <source>{name} must be a list of names</source>
        <translation>يجب أن يكون {name} قائمة أسماء</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="104"/>
        <source>doccano keeps who made each span as its own users: the annotator and source of every span are left out</source>
        <translation>يحفظ doccano صاحب كل مقطع بمستخدميه هو: تُرك المعلِّق والمصدر لكل مقطع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="105"/>
        <source>no {text_field!r} field with the document&apos;s text</source>
        <translation>لا حقل {text_field!r} فيه نص المستند</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="106"/>
        <source>entities and label must be lists</source>
        <translation>يجب أن يكون entities وlabel قائمتين</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="107"/>
        <source>relations must be a list</source>
        <translation>يجب أن يكون relations قائمة</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="108"/>
        <source>span {item!r} is neither {{start_offset, end_offset, label}} nor [start, end, LABEL]</source>
        <translation>المقطع {item!r} ليس {{start_offset, end_offset, label}} ولا [start, end, LABEL]</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="109"/>
        <source>relation {relation!r} needs from_id, to_id and type</source>
        <translation>العلاقة {relation!r} تحتاج إلى from_id وto_id وtype</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="110"/>
        <source>no labels file written (write to a file with --out): ner_tags index {names}</source>
        <translation>لم يُكتب ملف الوسوم (اكتب إلى ملف بـ ‎--out‎): فهرس ner_tags هو {names}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="111"/>
        <source>text classification holds topics only: left out {entities} entities, {quotes} quotes, {relations} relations</source>
        <translation>تصنيف النصوص يحمل المواضيع فقط: تُركت الكيانات ({entities}) والاقتباسات ({quotes}) والعلاقات ({relations})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="112"/>
        <source>token classification holds one tag per token: left out {nested} nested entities and {quotes} quotes and {relations} relations</source>
        <translation>تصنيف الكلمات يحمل وسمًا واحدًا لكل كلمة: تُركت الكيانات المتداخلة ({nested}) والاقتباسات ({quotes}) والعلاقات ({relations})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="113"/>
        <source>token classification holds one tag per token: left out {nested} nested entities and {quotes} quotes</source>
        <translation>تصنيف الكلمات يحمل وسمًا واحدًا لكل كلمة: تُركت الكيانات المتداخلة ({nested}) والاقتباسات ({quotes})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="114"/>
        <source>each line must be a JSON object</source>
        <translation>يجب أن يكون كل سطر كائن JSON</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="115"/>
        <source>not UTF-8 (byte {start} of the line); JSONL files must be UTF-8</source>
        <translation>ليس UTF-8 (البايت {start} من السطر)؛ ملفات JSONL يجب أن تكون UTF-8</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="121"/>
        <source>Label Studio names the user who made each annotation itself: the annotator of every span is left out</source>
        <translation>يسمّي Label Studio صاحب كل تعليق بنفسه: تُرك المعلِّق لكل مقطع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="122"/>
        <source>a Label Studio export is a JSON list of tasks</source>
        <translation>تصدير Label Studio قائمة JSON من المهام</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="123"/>
        <source>task {number} is not a JSON object</source>
        <translation>المهمة {number} ليست كائن JSON</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="124"/>
        <source>task {number} has no data.{text_field} (name the text field with --text-field)</source>
        <translation>المهمة {number} بلا data.{text_field} (سمِّ حقل النص بـ ‎--text-field‎)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="126"/>
        <source>not UTF-8 (byte {start}); Label Studio exports are UTF-8 JSON</source>
        <translation>ليس UTF-8 (البايت {start})؛ تصديرات Label Studio هي JSON بترميز UTF-8</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="129"/>
        <source>a {kind} result of a prediction</source>
        <translation>نتيجة {kind} من تنبؤ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="130"/>
        <source>a {kind} result</source>
        <translation>نتيجة {kind}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="131"/>
        <source>an untyped result of a prediction</source>
        <translation>نتيجة بلا نوع من تنبؤ</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="132"/>
        <source>an untyped result</source>
        <translation>نتيجة بلا نوع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="133"/>
        <source>no {text_field!r} field (name the text field with --text-field)</source>
        <translation>لا حقل {text_field!r} (سمِّ حقل النص بـ ‎--text-field‎)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="134"/>
        <source>Prodigy keeps one annotator a task: the annotator and source of every span are left out</source>
        <translation>يحفظ Prodigy معلِّقًا واحدًا لكل مهمة: تُرك المعلِّق والمصدر لكل مقطع</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="135"/>
        <source>a span or relation lacks {error}</source>
        <translation>مقطع أو علاقة ينقصه {error}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="136"/>
        <source>spans and relations must be lists of objects with start, end and label</source>
        <translation>يجب أن يكون spans وrelations قوائم كائنات فيها start وend وlabel</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="137"/>
        <source>{count} entities could not be aligned to spaCy tokens and are missing: {names}</source>
        <translation>كيانات تعذّرت مطابقتها مع كلمات spaCy فغابت (عددها {count}): {names}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="138"/>
        <source>{outside_ents} overlapping entities are in doc.spans[&apos;sc&apos;] only (doc.ents cannot overlap)</source>
        <translation>الكيانات المتداخلة (عددها {outside_ents}) في doc.spans[&apos;sc&apos;] فقط (لا يقبل doc.ents التداخل)</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="139"/>
        <source>{count} × {item}</source>
        <translation>{count} × {item}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="140"/>
        <source>a CUE span linked to no quote ({text!r})</source>
        <translation>مقطع CUE لا يرتبط بأي اقتباس ({text!r})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="141"/>
        <source>document {id}: left out {items}</source>
        <translation>المستند {id}: تُرك {items}</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="142"/>
        <source>the file holds nothing but web page boilerplate</source>
        <translation>الملف لا يحوي إلا قوالب صفحات الويب</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="143"/>
        <source>read as {format_name}, guessed from the file; if it is in another format, name it with --format ({names})</source>
        <translation>قُرئ بصيغة {format_name} استنتاجًا من الملف؛ إن كان بصيغة أخرى فسمِّها بـ ‎--format‎ ({names})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="144"/>
        <source>no such file or folder</source>
        <translation>لا ملف ولا مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="145"/>
        <source>neither the file&apos;s name nor its content shows a format the annotator reads; name it with --format ({names})</source>
        <translation>لا اسم الملف ولا محتواه يدل على صيغة يقرؤها المُعلِّم؛ سمِّها بـ ‎--format‎ ({names})</translation>
    </message>
    <message>
        <location filename="../../build/translations/core_reasons.py" line="146"/>
        <source>the file cannot be read as {format_name}: {why}</source>
        <translation>تعذّرت قراءة الملف بصيغة {format_name}: {why}</translation>
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
        <location filename="../../annotator/gui/schema_editor.py" line="111"/>
        <source>Labels and topics</source>
        <translation>الوسوم والمواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="115"/>
        <location filename="../../annotator/gui/schema_editor.py" line="120"/>
        <location filename="../../annotator/gui/schema_editor.py" line="123"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="115"/>
        <location filename="../../annotator/gui/schema_editor.py" line="120"/>
        <location filename="../../annotator/gui/schema_editor.py" line="123"/>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="115"/>
        <location filename="../../annotator/gui/schema_editor.py" line="120"/>
        <location filename="../../annotator/gui/schema_editor.py" line="123"/>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="115"/>
        <source>Colour (double-click)</source>
        <translation>اللون (انقر مرتين)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="115"/>
        <location filename="../../annotator/gui/schema_editor.py" line="120"/>
        <location filename="../../annotator/gui/schema_editor.py" line="123"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="128"/>
        <source>Entity labels (keys 1–9 follow this order)</source>
        <translation>وسوم الكيانات (المفاتيح 1–9 تتبع هذا الترتيب)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="129"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="130"/>
        <source>Relations between entities</source>
        <translation>العلاقات بين الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="131"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="164"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SchemaTable</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="43"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="43"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="44"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="44"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="92"/>
        <source>Label colour</source>
        <translation>لون الوسم</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="27"/>
        <source>Search the project (harakat, alef forms and proclitics ignored)</source>
        <translation>ابحث في المشروع (دون اعتبار للحركات وصور الألف والسوابق)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="29"/>
        <source>Exact spelling only (variants such as مسئول for مسؤول are listed after it otherwise)</source>
        <translation>الإملاء المطابق فقط (وإلا تأتي الصيغ الأخرى مثل مسئول لـ مسؤول بعده)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/search_panel.py" line="71"/>
        <source>{0}; {1}</source>
        <translation>{0}؛ {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/search_panel.py" line="71"/>
        <source>%n matches shown</source>
        <translation>
            <numerusform>لا نتائج معروضة</numerusform>
            <numerusform>نتيجة واحدة معروضة</numerusform>
            <numerusform>نتيجتان معروضتان</numerusform>
            <numerusform>%n نتائج معروضة</numerusform>
            <numerusform>%n نتيجة معروضة</numerusform>
            <numerusform>%n نتيجة معروضة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/search_panel.py" line="72"/>
        <source>%n documents hold these words</source>
        <translation>
            <numerusform>لا وثيقة فيها هذه الكلمات</numerusform>
            <numerusform>وثيقة واحدة فيها هذه الكلمات</numerusform>
            <numerusform>وثيقتان فيهما هذه الكلمات</numerusform>
            <numerusform>%n وثائق فيها هذه الكلمات</numerusform>
            <numerusform>%n وثيقة فيها هذه الكلمات</numerusform>
            <numerusform>%n وثيقة فيها هذه الكلمات</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopicPanel</name>
    <message>
        <location filename="../../annotator/gui/panels.py" line="119"/>
        <source>The model suggests this topic ({0}%).</source>
        <translation>يقترح النموذج هذا الموضوع ({0}٪).</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="155"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="264"/>
        <location filename="../../annotator/gui/transfer.py" line="276"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="268"/>
        <location filename="../../annotator/gui/transfer.py" line="297"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="268"/>
        <source>Import cancelled; the file being read was left out whole.</source>
        <translation>أُلغي الاستيراد؛ ولم يُضف شيء من الملف الذي كان قيد القراءة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="288"/>
        <source>{0}; {1}</source>
        <translation>{0}؛ {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="298"/>
        <source>Problems, as FILE:LINE: reason:</source>
        <translation>المشكلات، بصيغة الملف:السطر: السبب:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="365"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="371"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
</context>
</TS>
