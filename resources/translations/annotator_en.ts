<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="46"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>About %n minute left</numerusform>
            <numerusform>About %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="49"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>About %n second left</numerusform>
            <numerusform>About %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="52"/>
        <source>File %n of {0}: {1}</source>
        <translation>
            <numerusform>File %n of {0}: {1}</numerusform>
            <numerusform>File %n of {0}: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="55"/>
        <source>%n article(s) added so far</source>
        <translation>
            <numerusform>%n article added so far</numerusform>
            <numerusform>%n articles added so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="58"/>
        <source>%n of {0} document(s) written</source>
        <translation>
            <numerusform>%n of {0} documents written</numerusform>
            <numerusform>%n of {0} documents written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="61"/>
        <source>Imported %n documents</source>
        <translation>
            <numerusform>Imported %n document</numerusform>
            <numerusform>Imported %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="64"/>
        <source>skipped %n duplicates.</source>
        <translation>
            <numerusform>skipped %n duplicate.</numerusform>
            <numerusform>skipped %n duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="67"/>
        <source>%n files were refused and added nothing.</source>
        <translation>
            <numerusform>%n file was refused and added nothing.</numerusform>
            <numerusform>%n files were refused and added nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/transfer.py" line="70"/>
        <source>Wrote %n documents to {0}.</source>
        <translation>
            <numerusform>Wrote %n document to {0}.</numerusform>
            <numerusform>Wrote %n documents to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="615"/>
        <source>%n more occurrences suggested: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>%n more occurrence suggested: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
            <numerusform>%n more occurrences suggested: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="617"/>
        <source>(the nearest of %n found)</source>
        <translation>
            <numerusform>(the nearest of %n found)</numerusform>
            <numerusform>(the nearest of %n found)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="655"/>
        <source>Accepted %n suggestions.</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="664"/>
        <location filename="../../annotator/gui/window.py" line="728"/>
        <source>%n suggestions: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>%n suggestion: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
            <numerusform>%n suggestions: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="681"/>
        <source>Suggested {0} in %n other documents.</source>
        <translation>
            <numerusform>Suggested {0} in %n other document.</numerusform>
            <numerusform>Suggested {0} in %n other documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="765"/>
        <source>The model suggests %n names: A accepts all, Enter the chosen one, Delete rejects it.</source>
        <translation>
            <numerusform>The model suggests %n name: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
            <numerusform>The model suggests %n names: A accepts all, Enter the chosen one, Delete rejects it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="912"/>
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="913"/>
        <source>%n quotes</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="914"/>
        <source>%n topics</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/window.py" line="919"/>
        <source>%n suggestions waiting</source>
        <translation>
            <numerusform>%n suggestion waiting</numerusform>
            <numerusform>%n suggestions waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../annotator/gui/search_panel.py" line="71"/>
        <source>%n matches shown</source>
        <translation>
            <numerusform>%n match shown</numerusform>
            <numerusform>%n matches shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/gui/search_panel.py" line="72"/>
        <source>%n documents hold these words</source>
        <translation>
            <numerusform>%n document holds these words</numerusform>
            <numerusform>%n documents hold these words</numerusform>
        </translation>
    </message>
</context>
</TS>
