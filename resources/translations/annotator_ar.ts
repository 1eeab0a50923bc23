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
        <location filename="../../annotator/gui/annotation_list.py" line="133"/>
        <source>(suggested)</source>
        <translation>(مقترح)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="139"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="143"/>
        <source>(no speaker)</source>
        <translation>(بلا قائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="155"/>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="155"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/annotation_list.py" line="155"/>
        <source>Speaker / annotator</source>
        <translation>القائل / المُوسِّم</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../annotator/gui/panels.py" line="139"/>
        <source>or type a name not in the text, then Enter</source>
        <translation>أو اكتب اسمًا غير وارد في النص ثم Enter</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="140"/>
        <source>Pick in the text</source>
        <translation>اختره من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="143"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="149"/>
        <source>Speaker:</source>
        <translation>القائل:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="152"/>
        <source>Cue:</source>
        <translation>فعل القول:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="220"/>
        <source>(choose a speaker)</source>
        <translation>(اختر القائل)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/panels.py" line="226"/>
        <source>none — select the verb and press C</source>
        <translation>لا يوجد — حدّد الفعل واضغط C</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../annotator/gui/app.py" line="113"/>
        <source>Internal error, please report it: {0}</source>
        <translation>خطأ داخلي، يرجى الإبلاغ عنه: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="114"/>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="120"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/app.py" line="121"/>
        <source>Your name as an annotator (saved with every annotation you make):</source>
        <translation>اسمك بصفتك مُوسِّمًا (يُحفظ مع كل وسم تضعه):</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="45"/>
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
        <location filename="../../annotator/gui/transfer.py" line="48"/>
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
        <location filename="../../annotator/gui/transfer.py" line="51"/>
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
        <location filename="../../annotator/gui/transfer.py" line="54"/>
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
        <location filename="../../annotator/gui/transfer.py" line="57"/>
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
        <location filename="../../annotator/gui/transfer.py" line="60"/>
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
        <location filename="../../annotator/gui/transfer.py" line="63"/>
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
        <location filename="../../annotator/gui/transfer.py" line="66"/>
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
        <location filename="../../annotator/gui/transfer.py" line="69"/>
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
    <name>DocumentListModel</name>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="139"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="140"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="141"/>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="142"/>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="143"/>
        <source>Annotator</source>
        <translation>المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="149"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="150"/>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="151"/>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/document_list.py" line="152"/>
        <source>skipped</source>
        <translation>متجاوَز</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="302"/>
        <source>Export annotations</source>
        <translation>تصدير الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="307"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="311"/>
        <source>Grow entities to whole tokens, proclitics included (as ANERcorp and Wojood)</source>
        <translation>توسيع الكيانات إلى كلمات كاملة بسوابقها (كما في ANERcorp وWojood)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="322"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="323"/>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="324"/>
        <source>Documents that are:</source>
        <translation>المستندات التي حالتها:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="331"/>
        <location filename="../../annotator/gui/transfer.py" line="334"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="187"/>
        <source>Import documents</source>
        <translation>استيراد مستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="189"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="190"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="194"/>
        <source>From the file names</source>
        <translation>حسب أسماء الملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="197"/>
        <source>Take the good records of a file and list the bad ones</source>
        <translation>خذ السجلات السليمة من الملف واعرض المعيبة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="198"/>
        <source>Add labels and topics the schema lacks</source>
        <translation>أضف الوسوم والمواضيع غير الموجودة في المخطط</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="202"/>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="210"/>
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="211"/>
        <source>JSONL id field:</source>
        <translation>حقل المعرّف في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="212"/>
        <source>JSONL text field:</source>
        <translation>حقل النص في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="213"/>
        <source>JSONL title field:</source>
        <translation>حقل العنوان في JSONL:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="225"/>
        <source>Choose files</source>
        <translation>اختر ملفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="225"/>
        <source>Articles and annotations ({0});;All files (*)</source>
        <translation>مقالات ووسوم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="231"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/gui/window.py" line="90"/>
        <source>Annotator — {0}</source>
        <translation>المُوسِّم — {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="122"/>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="129"/>
        <source>Search titles and ids</source>
        <translation>ابحث في العناوين والمعرّفات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="145"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="149"/>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="153"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="161"/>
        <source>Annotations</source>
        <translation>الوسوم في المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="166"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="171"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="181"/>
        <source>All labels</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="186"/>
        <source>This project has no guidelines yet. Add them under Project ▸ Labels and topics.</source>
        <translation>لا توجد إرشادات لهذا المشروع بعد. أضفها من المشروع ▸ الوسوم والمواضيع.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="209"/>
        <source>&amp;Project</source>
        <translation>&amp;المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="211"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="212"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="214"/>
        <source>Labels and &amp;topics…</source>
        <translation>الوسوم و&amp;المواضيع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="215"/>
        <source>&amp;Preferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="219"/>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="220"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="222"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="228"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="229"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="231"/>
        <source>&amp;Annotate</source>
        <translation>التو&amp;سيم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="239"/>
        <source>Mark &amp;quote</source>
        <translation>تعليم ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="240"/>
        <source>Mark &amp;cue verb of the quote</source>
        <translation>تعليم &amp;فعل القول للاقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="241"/>
        <source>Pick the &amp;speaker in the text</source>
        <translation>اختيار ال&amp;قائل من النص</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="242"/>
        <source>&amp;Relation from the chosen entity to another</source>
        <translation>&amp;علاقة من الكيان المختار إلى كيان آخر</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="243"/>
        <source>Next proclitic split of the chosen &amp;word</source>
        <translation>التقسيم التالي لسوابق ال&amp;كلمة المختارة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="245"/>
        <source>Accept the chosen suggestion</source>
        <translation>قبول الاقتراح المختار</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="248"/>
        <source>&amp;Accept all suggestions in this document</source>
        <translation>&amp;قبول كل الاقتراحات في هذا المستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="249"/>
        <source>Suggest &amp;names and quotes</source>
        <translation>اقتراح الأ&amp;سماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="250"/>
        <source>&amp;Label all occurrences in the project</source>
        <translation>وسم &amp;كل المواضع في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="251"/>
        <source>Search the project</source>
        <translation>البحث في المشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="253"/>
        <source>&amp;Topics</source>
        <translation>ال&amp;مواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="255"/>
        <location filename="../../annotator/gui/window.py" line="518"/>
        <source>Topic {0}</source>
        <translation>الموضوع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="257"/>
        <source>&amp;Document</source>
        <translation>الم&amp;ستند</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="258"/>
        <source>Mark &amp;done and go to the next</source>
        <translation>تعليمه &amp;منجزًا والانتقال إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="259"/>
        <source>&amp;Skip to the next</source>
        <translation>ت&amp;جاوزه إلى التالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="260"/>
        <source>&amp;Next document</source>
        <translation>المستند ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="261"/>
        <source>&amp;Back to the previous document</source>
        <translation>العودة إلى المستند ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="264"/>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="265"/>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="270"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="271"/>
        <source>&amp;Keys</source>
        <translation>الم&amp;فاتيح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="272"/>
        <source>&amp;About the annotator</source>
        <translation>&amp;عن المُوسِّم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="277"/>
        <source>Tag as {0}</source>
        <translation>وسم بـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="277"/>
        <source>(no label {0})</source>
        <translation>(لا وسم برقم {0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="358"/>
        <source>No more documents in this list.</source>
        <translation>لا مزيد من المستندات في هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="364"/>
        <source>Mark document {0}</source>
        <translation>تعليم المستند: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="381"/>
        <source>Tag {0}</source>
        <translation>وسم {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="547"/>
        <source>Suggest other occurrences</source>
        <translation>اقتراح المواضع الأخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="550"/>
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
        <location filename="../../annotator/gui/window.py" line="588"/>
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
        <location filename="../../annotator/gui/window.py" line="597"/>
        <location filename="../../annotator/gui/window.py" line="659"/>
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
        <location filename="../../annotator/gui/window.py" line="614"/>
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
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="773"/>
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
        <location filename="../../annotator/gui/window.py" line="774"/>
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
        <location filename="../../annotator/gui/window.py" line="775"/>
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
        <location filename="../../annotator/gui/window.py" line="778"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="778"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="780"/>
        <source>; {0}</source>
        <translation>؛ {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="780"/>
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
        <location filename="../../annotator/gui/window.py" line="389"/>
        <source>Relabel as {0}</source>
        <translation>تغيير الوسم إلى {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="391"/>
        <source>Select words in the text first.</source>
        <translation>حدّد كلمات في النص أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="431"/>
        <source>Not tagged: {0}</source>
        <translation>لم يُوسم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="439"/>
        <source>Select the quoted words first, then press Q.</source>
        <translation>حدّد الكلمات المقتبسة أولًا ثم اضغط Q.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="443"/>
        <source>Mark quote</source>
        <translation>تعليم اقتباس</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="453"/>
        <source>Choose a quote, select its verb (قال، أكد، أضاف …), then press C.</source>
        <translation>اختر اقتباسًا وحدّد فعل القول (قال، أكد، أضاف …) ثم اضغط C.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="458"/>
        <source>Mark cue</source>
        <translation>تعليم فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="464"/>
        <source>Clear cue</source>
        <translation>إزالة فعل القول</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="477"/>
        <source>Who said it? Click the speaker in the text, choose one in the Annotations panel, or type a name. Esc cancels.</source>
        <translation>من قال ذلك؟ انقر القائل في النص، أو اختره من لوحة الوسوم، أو اكتب اسمه. Esc للإلغاء.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="486"/>
        <location filename="../../annotator/gui/window.py" line="495"/>
        <source>Set speaker</source>
        <translation>تحديد القائل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="504"/>
        <source>Delete annotation</source>
        <translation>حذف الوسم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="548"/>
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
        <location filename="../../annotator/gui/window.py" line="566"/>
        <source>Split word</source>
        <translation>تقسيم الكلمة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="576"/>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="587"/>
        <source>Accept all suggestions</source>
        <translation>قبول كل الاقتراحات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="596"/>
        <source>Suggest names and quotes</source>
        <translation>اقتراح الأسماء والاقتباسات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="603"/>
        <source>Choose an entity first.</source>
        <translation>اختر كيانًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="613"/>
        <source>Label all occurrences of {0}</source>
        <translation>وسم كل مواضع {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="688"/>
        <source>{0} ({1}) — by {2}</source>
        <translation>{0} ({1}) — وسمه {2}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="692"/>
        <source>no speaker yet</source>
        <translation>لم يُحدَّد القائل بعد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="693"/>
        <source>Quote — said by {0} — by {1}</source>
        <translation>اقتباس — قاله {0} — وسمه {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="767"/>
        <source>{0} / {1} done</source>
        <translation>{0} / {1} منجز</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="768"/>
        <source>Annotator: {0}</source>
        <translation>المُوسِّم: {0}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/window.py" line="770"/>
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
        <location filename="../../annotator/gui/projects.py" line="27"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="28"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="29"/>
        <source>Open &amp;recent</source>
        <translation>المشاريع الأ&amp;خيرة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="32"/>
        <source>Save a &amp;copy as…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="43"/>
        <source>(no other project yet)</source>
        <translation>(لا مشروع آخر بعد)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="46"/>
        <location filename="../../annotator/gui/projects.py" line="52"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="47"/>
        <location filename="../../annotator/gui/projects.py" line="66"/>
        <source>Annotator projects ({0})</source>
        <translation>مشاريع المُوسِّم ({0})</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="53"/>
        <source>{0} exists already: open it, or choose another name.</source>
        <translation>الملف {0} موجود: افتحه أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="58"/>
        <location filename="../../annotator/gui/projects.py" line="86"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="59"/>
        <source>Annotator projects ({0});;All files (*)</source>
        <translation>مشاريع المُوسِّم ({0});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="64"/>
        <location filename="../../annotator/gui/projects.py" line="74"/>
        <source>Save a copy as</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/projects.py" line="76"/>
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
        <location filename="../../annotator/gui/schema_editor.py" line="110"/>
        <source>Labels and topics</source>
        <translation>الوسوم والمواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <location filename="../../annotator/gui/schema_editor.py" line="119"/>
        <location filename="../../annotator/gui/schema_editor.py" line="122"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <location filename="../../annotator/gui/schema_editor.py" line="119"/>
        <location filename="../../annotator/gui/schema_editor.py" line="122"/>
        <source>Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <location filename="../../annotator/gui/schema_editor.py" line="119"/>
        <location filename="../../annotator/gui/schema_editor.py" line="122"/>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <source>Colour (double-click)</source>
        <translation>اللون (انقر مرتين)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="114"/>
        <location filename="../../annotator/gui/schema_editor.py" line="119"/>
        <location filename="../../annotator/gui/schema_editor.py" line="122"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="127"/>
        <source>Entity labels (keys 1–9 follow this order)</source>
        <translation>وسوم الكيانات (المفاتيح 1–9 تتبع هذا الترتيب)</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="128"/>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="129"/>
        <source>Relations between entities</source>
        <translation>العلاقات بين الكيانات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="130"/>
        <source>Guidelines</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="163"/>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SchemaTable</name>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="42"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="42"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="43"/>
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="43"/>
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/schema_editor.py" line="91"/>
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
    <name>Transfer</name>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="154"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="263"/>
        <location filename="../../annotator/gui/transfer.py" line="275"/>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="267"/>
        <location filename="../../annotator/gui/transfer.py" line="294"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="267"/>
        <source>Import cancelled; the file being read was left out whole.</source>
        <translation>أُلغي الاستيراد؛ ولم يُضف شيء من الملف الذي كان قيد القراءة.</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="287"/>
        <source>{0}; {1}</source>
        <translation>{0}؛ {1}</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="295"/>
        <source>Problems, as FILE:LINE: reason:</source>
        <translation>المشكلات، بصيغة الملف:السطر: السبب:</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="362"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../annotator/gui/transfer.py" line="368"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
</context>
</TS>
