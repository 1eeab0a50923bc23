"""The main window: the article in the centre, docks around it, every change through core.ops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.core import ops, suggest
from annotator.core.arabic import fold_with_map, next_split, snap_entity
from annotator.core.model import GOLD, STATUSES, Document
from annotator.core.ops import Change
from annotator.core.quotes import cue_edges
from annotator.core.search import find_in_text, project_evidence, search
from annotator.core.store import Project, SpanRefused
from annotator.gui.app import arabic_font_family, current_language
from annotator.gui.directions import isolated, left_to_right
from annotator.gui.document_list import DocumentListModel
from annotator.gui.document_view import DocumentView, DrawnSpan
from annotator.gui.layers import LayerMenu, layer_of
from annotator.gui.learning import QuietTraining
from annotator.gui.plain_text import tell
from annotator.gui.history import ChangeCommand
from annotator.gui.panels import AnnotationPanel, GuidelinesPanel, LabelPanel, TopicPanel, local_name
from annotator.gui.preferences import Preferences
from annotator.gui.projects import ProjectFiles, remember_place, restore_place
from annotator.gui.relations import RelationMaker
from annotator.gui.search_panel import SearchPanel
from annotator.gui.reasons import shown


# Long enough for Qt to paint the new tag before the occurrence search runs; short enough to feel immediate.
OFFER_DELAY_MS = 40
OUTSIDE_CHECK_MS = 2000  # how often the window looks for changes made by another program
LONG_TEXT = 100_000  # characters: an article whose folded copy is made as soon as it opens
MAX_OFFERED = 1000  # occurrences offered at once when a name is tagged; the nearest to it first


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, *, seed_if_new: bool = False):
        super().__init__()
        self.setObjectName("mainWindow")
        self.db_path = Path(db_path)
        self.project = Project.open(self.db_path)
        if seed_if_new and self.project.is_new:
            from annotator.importer import seed

            seed(self.project)
        self.preferences = Preferences()
        self.annotator = self.preferences.annotator_or_login()
        self.layer: str | None = None  # whose annotations are shown (View ▸ Annotator layer); None: everyone's
        self.language = current_language()
        self.schema = self.project.schema()
        self.history = QUndoStack(self)
        self.document: Document | None = None
        self.selected: tuple[str, int] | None = None
        self.picking_speaker_for: int | None = None
        self._gazetteer_cache: suggest.Gazetteer | None = None
        self._model_cache: tuple | None = None  # (the trained model or None,), read when first needed
        self.training = QuietTraining(self)
        self._fold_cache = None
        self._pending_offers: list = []
        self._offer_timer = QTimer(self, singleShot=True, interval=OFFER_DELAY_MS)
        self._offer_timer.timeout.connect(self._offer_pending)
        self.search_query = ""
        self.relations = RelationMaker(self)
        self.project_files = ProjectFiles(self)
        self._build_view()
        self._build_docks()
        self._build_actions()
        self._build_status_bar()
        self._restore_layout()
        self.list_model.set_filters()
        self.preferences.remember_project(self.db_path)
        restore_place(self)
        # Another program (an import from the command line) may add documents while the window is open:
        # SQLite's data_version changes when another connection commits, and the list is then read again.
        self._data_version = self._outside_version()
        self._outside_timer = QTimer(self, interval=OUTSIDE_CHECK_MS)
        self._outside_timer.timeout.connect(self.notice_outside_changes)
        self._outside_timer.start()
        # The word evidence snapping consults (a shipped lexicon, the project's own counts) is read once the
        # window is up, so the analyst's first tag does not wait for it.
        QTimer.singleShot(0, self, self._warm_evidence)

    def _warm_evidence(self) -> None:
        if self._outside_timer.isActive():  # still open (close_project stops the timer)
            project_evidence(self.project)

    # --- building ---------------------------------------------------------

    def _build_view(self) -> None:
        self.view = DocumentView(self)
        self.view.describe_span = self.describe_span
        self.view.spanClicked.connect(self._span_clicked)
        self.view.set_text_font(self._text_font())
        self.setCentralWidget(self.view)
        self.setWindowTitle(self.tr("Annotator — {0}").format(self.db_path.name))

    def _text_font(self) -> QFont:
        font = QFont(self.preferences.font_family or arabic_font_family())
        font.setPointSize(self.preferences.font_size)
        return font

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        # QMainWindow does not mirror dock areas: the document list goes where reading starts.
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if self.language == "ar":
            start, end = end, start

        self.list_model = DocumentListModel(self.project, self)
        self.document_list = QTableView(self)
        self.document_list.setObjectName("documentList")
        self.document_list.setModel(self.list_model)
        self.document_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.document_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.document_list.verticalHeader().hide()
        self.document_list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.document_list.setWordWrap(False)
        self.document_list.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.list_model.status_name(status), status)
        self.label_filter = QComboBox(self)
        self.label_filter.setObjectName("labelFilter")
        self.order_choice = QComboBox(self)
        self.order_choice.setObjectName("orderChoice")
        self.order_choice.addItem(self.tr("As imported"), False)
        self.order_choice.addItem(self.tr("Most useful first (the model's doubts)"), True)
        self.order_choice.setToolTip(self.tr("Most useful first: new documents where the trained model is least sure, "
                                             "ranked each time it learns (Document ▸ Learn from the annotations)."))
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search titles and ids"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.label_filter.currentIndexChanged.connect(self._apply_filters)
        self.order_choice.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.label_filter)
        filters.addWidget(self.order_choice)
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.search_box)
        column.addLayout(filters)
        column.addWidget(self.document_list, 1)
        self.documents_dock = self._dock("documentsDock", self.tr("Documents"), holder, start)

        self.label_panel = LabelPanel(self)
        self.label_panel.labelChosen.connect(self.apply_label)
        self.labels_dock = self._dock("labelsDock", self.tr("Labels"), self.label_panel, end)

        self.topic_panel = TopicPanel(self)
        self.topic_panel.topicToggled.connect(self.set_topic)
        self.topics_dock = self._dock("topicsDock", self.tr("Topics"), self.topic_panel, end)

        self.annotation_panel = AnnotationPanel(self)
        self.annotation_panel.spanSelected.connect(self.select_span)
        self.annotation_panel.speakerChosen.connect(self.set_speaker_entity)
        self.annotation_panel.speakerNamed.connect(self.set_speaker_name)
        self.annotation_panel.pickSpeaker.connect(self.start_picking_speaker)
        self.annotation_panel.clearCue.connect(self.clear_cue)
        self.annotations_dock = self._dock("annotationsDock", self.tr("Annotations"), self.annotation_panel, start)

        self.search_panel = SearchPanel(self.project, self)
        self.search_panel.matchChosen.connect(self.show_match)
        self.search_panel.queryChanged.connect(self._search_changed)
        self.search_dock = self._dock("searchDock", self.tr("Search"), self.search_panel, start)
        self.tabifyDockWidget(self.documents_dock, self.search_dock)
        self.documents_dock.raise_()

        self.guidelines = GuidelinesPanel(self)
        self.guidelines_dock = self._dock("guidelinesDock", self.tr("Guidelines"), self.guidelines, end)
        self.tabifyDockWidget(self.topics_dock, self.guidelines_dock)
        self.topics_dock.raise_()
        self._show_schema()

    def _show_schema(self) -> None:
        self.label_panel.show_schema(self.schema, self.language)
        self.view.relation_names = {relation.name: local_name(relation, self.language) for relation in self.schema.relations}
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("All labels"), None)
        for label in self.schema.labels:
            self.label_filter.addItem(local_name(label, self.language), label.name)
        self.label_filter.blockSignals(False)
        guidelines = self.project.setting("guidelines", "")
        self.guidelines.setPlainText(guidelines or self.tr("This project has no guidelines yet. Add them under Project ▸ Labels and topics."))

    def _action(self, menu, text: str, slot, shortcuts=(), name: str | None = None, *, local: bool = False) -> QAction:
        """A menu entry with keys; `local` keys act only in the text and the annotation list,
        so Enter and Delete keep their meaning in the search box and other fields."""
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        if menu is not None:
            menu.addAction(action)
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
            self.annotation_panel.tree.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        project_menu = bar.addMenu(self.tr("&Project"))
        self.project_files.build_menu(project_menu)
        self._action(project_menu, self.tr("&Import…"), self.import_files, ["Ctrl+I"], "importAction")
        self._action(project_menu, self.tr("&Export…"), self.export_files, ["Ctrl+E"], "exportAction")
        project_menu.addSeparator()
        self._action(project_menu, self.tr("Labels and &topics…"), self.edit_schema, [], "schemaAction")
        self._action(project_menu, self.tr("&Preferences…"), self.edit_preferences, ["Ctrl+,"], "preferencesAction")
        project_menu.addSeparator()
        self._action(project_menu, self.tr("&Quit"), self.close, ["Ctrl+Q"], "quitAction")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.history.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.history.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (undo, redo):
            edit_menu.addAction(action)
            self.addAction(action)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Delete annotation"), self.delete_selected, ["Delete", "Backspace"], "deleteAction", local=True)
        self._action(edit_menu, self.tr("Cancel"), self.cancel, ["Escape"])

        annotate = bar.addMenu(self.tr("&Annotate"))
        self.label_actions = []
        for number in range(1, 10):
            action = self._action(annotate, "", lambda _=False, n=number: self.apply_label_number(n), [str(number)])
            exact = self._action(None, "", lambda _=False, n=number: self.apply_label_number(n, exact=True), [f"Alt+{number}"])
            self.label_actions.append((action, exact))
        self._name_label_actions()
        annotate.addSeparator()
        self._action(annotate, self.tr("Mark &quote"), self.make_quote, ["Q"], "quoteAction")
        self._action(annotate, self.tr("Mark &cue verb of the quote"), self.mark_cue, ["C"], "cueAction")
        self._action(annotate, self.tr("Pick the &speaker in the text"), self.start_picking_speaker, ["S"], "speakerAction")
        self._action(annotate, self.tr("&Relation from the chosen entity to another"), self.relations.step, ["R"], "relationAction", local=True)
        self._action(annotate, self.tr("Next proclitic split of the chosen &word"), self.cycle_split, ["W"], "splitAction", local=True)
        annotate.addSeparator()
        accept = self._action(annotate, self.tr("Accept the chosen suggestion"), self.accept_chosen, ["Return", "Enter"], "acceptAction", local=True)
        # Enter after picking the speaker from the list accepts the suggested quote, as it does in the text.
        self.annotation_panel.speaker_list.addAction(accept)
        self._action(annotate, self.tr("&Accept all suggestions in this document"), self.accept_all, ["A"], "acceptAllAction", local=True)
        self._action(annotate, self.tr("Suggest &names and quotes"), self.suggest_here, ["G"], "suggestAction", local=True)
        self._action(annotate, self.tr("&Label all occurrences in the project"), self.label_everywhere, ["Ctrl+Shift+L"], "labelEverywhereAction")
        self._action(annotate, self.tr("Search the project"), self.focus_search, ["Ctrl+F"], "searchAction")
        annotate.addSeparator()
        topics = annotate.addMenu(self.tr("&Topics"))
        for number in range(1, 10):
            self._action(topics, self.tr("Topic {0}").format(number), lambda _=False, n=number: self.toggle_topic_number(n), [f"Ctrl+{number}"])

        document_menu = bar.addMenu(self.tr("&Document"))
        self._action(document_menu, self.tr("Mark &done and go to the next"), lambda: self.mark_and_next("done"), ["Ctrl+Return", "Ctrl+Enter"], "doneAction")
        self._action(document_menu, self.tr("&Skip to the next"), lambda: self.mark_and_next("skipped"), ["Ctrl+Shift+Return"], "skipAction")
        self._action(document_menu, self.tr("&Next document"), lambda: self.step(1), ["Ctrl+PgDown"], "nextAction")
        self._action(document_menu, self.tr("&Back to the previous document"), lambda: self.step(-1), ["Ctrl+PgUp"], "previousAction")
        document_menu.addSeparator()
        self._action(document_menu, self.tr("&Adjudicate…"), self.adjudicate, ["Ctrl+Shift+J"], "adjudicateAction")
        self._action(document_menu, self.tr("&Learn from the annotations"), self.learn, [], "learnAction")
        self._action(document_menu, self.tr("Suggest names with the &model"), self.suggest_with_model, ["Ctrl+Shift+M"], "modelSuggestAction")

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Zoom &in"), lambda: self.view.zoom(1), ["Ctrl++", "Ctrl+="], "zoomInAction")
        self._action(view_menu, self.tr("Zoom &out"), lambda: self.view.zoom(-1), ["Ctrl+-"], "zoomOutAction")
        view_menu.addSeparator()
        self.layer_menu = LayerMenu(self, view_menu)
        view_menu.addSeparator()
        for dock in (self.documents_dock, self.search_dock, self.labels_dock, self.topics_dock, self.annotations_dock, self.guidelines_dock):
            view_menu.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keys"), self.show_keys)
        self._action(view_menu, self.tr("Team &dashboard…"), self.show_dashboard, [], "dashboardAction")
        self._action(help_menu, self.tr("&About the annotator"), self.show_about, [], "aboutAction")

    def _name_label_actions(self) -> None:
        for number, (action, exact) in enumerate(self.label_actions, start=1):
            label = self.schema.labels[number - 1] if number <= len(self.schema.labels) else None
            action.setText(self.tr("Tag as {0}").format(local_name(label, self.language)) if label else self.tr("(no label {0})").format(number))
            action.setEnabled(label is not None)
            exact.setEnabled(label is not None)

    def _build_status_bar(self) -> None:
        self.status_project = QLabel(self)
        self.status_annotator = QLabel(self)
        self.status_progress = QLabel(self)
        self.status_document = QLabel(self)
        for label in (self.status_document, self.status_progress, self.status_annotator, self.status_project):
            label.setTextFormat(Qt.TextFormat.PlainText)  # the annotator's name is shown as typed, never as markup
            self.statusBar().addPermanentWidget(label)
        self.status_project.setText(left_to_right(str(self.db_path)))

    def _restore_layout(self) -> None:
        geometry, state = self.preferences.window_state(self.language)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if state is not None:
            self.restoreState(state)

    # --- documents ----------------------------------------------------------

    def _outside_version(self) -> int:
        return self.project.conn.execute("PRAGMA data_version").fetchone()[0]

    def notice_outside_changes(self) -> None:
        """Documents another program added or changed appear in the list and the counts."""
        version = self._outside_version()
        if version == self._data_version:
            return
        self._data_version = version
        self._apply_filters()
        self._update_status_bar()
        if self.document is None:
            self.open_row(0)

    def _apply_filters(self) -> None:
        key = self.document.key if self.document else None
        self.list_model.set_filters(
            status=self.status_filter.currentData(), label=self.label_filter.currentData(), search=self.search_box.text(),
            useful_first=bool(self.order_choice.currentData()),
        )
        row = self.list_model.row_of(key) if key is not None else None
        if row is not None:
            self._select_row(row)

    def _row_chosen(self, current: QModelIndex, _previous) -> None:
        key = self.list_model.key_at(current.row())
        if key is not None and (self.document is None or self.document.key != key):
            self.open_document(key)

    def _select_row(self, row: int) -> None:
        self.document_list.blockSignals(True)
        self.document_list.selectRow(row)
        self.document_list.blockSignals(False)
        self.document_list.scrollTo(self.list_model.index(row, 0))

    def open_row(self, row: int) -> None:
        key = self.list_model.key_at(row)
        if key is None:
            self.show_document(None)
            return
        self.open_document(key)

    def open_document(self, key: int) -> None:
        self.picking_speaker_for = None
        self.selected = None
        self.show_document(layer_of(self.project.document(key), self.layer))
        if len(self.document.text) > LONG_TEXT:
            # Fold a long article while the analyst reads it, not when their first tag offers its mentions.
            QTimer.singleShot(0, self, lambda: self._folded() if self.document is not None else None)
        self._auto_suggest()
        self._show_search_hits()
        row = self.list_model.row_of(key)
        if row is not None:
            self.document_list.selectionModel().blockSignals(True)
            self.document_list.selectRow(row)
            self.document_list.selectionModel().blockSignals(False)
            self.document_list.scrollTo(self.list_model.index(row, 0))

    def show_document(self, document: Document | None) -> None:
        self.document = document
        self.view.show_document(document, self._colours(), self._speaker_names())
        self.view.setFocus()
        self._refresh_panels()

    @property
    def author(self) -> str:
        """Whose annotations the analyst's edits make: their own, or the gold layer's while adjudicating it."""
        return GOLD if self.layer == GOLD else self.annotator

    def show_layer(self, annotator: str | None) -> None:
        """Show one annotator's accepted work (None: everyone's and the suggestions), this document and the next."""
        self.layer = annotator
        if self.document is not None:
            self.open_document(self.document.key)
        self._update_status_bar(recount=False)

    def step(self, delta: int) -> None:
        if self.document is None:
            return
        row = self.list_model.row_of(self.document.key)
        target = (row if row is not None else -1) + delta
        if delta > 0 and target >= self.list_model.loaded_rows() and self.list_model.canFetchMore():
            self.list_model.fetchMore()
        if 0 <= target < self.list_model.loaded_rows():
            self.open_row(target)
        else:
            self.statusBar().showMessage(self.tr("No more documents in this list."), 4000)

    def mark_and_next(self, status: str) -> None:
        if self.document is None:
            return
        self.record([ops.set_status(self.project, self.document.key, status, annotator=self.annotator)],
                    self.tr("Mark document {0}").format(self.list_model.status_name(status)))
        self.step(1)

    # --- annotating -----------------------------------------------------------

    def apply_label_number(self, number: int, *, exact: bool = False) -> None:
        if number <= len(self.schema.labels):
            self.apply_label(self.schema.labels[number - 1].name, exact=exact)

    def apply_label(self, label: str, *, exact: bool = False) -> None:
        """Tag the selection with a label; with no selection, relabel the chosen entity."""
        if self.document is None:
            return
        span = self._selection(exact=exact)
        if span is not None:
            change = self._attempt(lambda: ops.add_entity(self.project, self.document.key, *span, label, annotator=self.author))
            if change:
                self.record([change], self.tr("Tag {0}").format(label))
                self.view.clear_selection()
                self.select_span("entity", change.edits[0].after["id"])
                # The tag is painted first; its other occurrences follow a moment later, as their own undo step.
                self._pending_offers.append((change.edits[0].after["id"], span, label))
                self._offer_timer.start()
        elif self.selected and self.selected[0] == "entity":
            self.record([ops.relabel_entity(self.project, self.selected[1], label, annotator=self.author)],
                        self.tr("Relabel as {0}").format(label))
        else:
            self.statusBar().showMessage(self.tr("Select words in the text first."), 4000)

    def _selection(self, *, exact: bool = False, entity: bool = True) -> tuple[int, int] | None:
        """The selection as a span: whole words, clean edges and, for entities, proclitics left out."""
        chosen = self.view.selected_range()
        if chosen is None:
            return None
        separate = entity and self.project.setting("clitics", "separate") == "separate"
        return snap_entity(self.document.text, *chosen, exact=exact, separate_clitics=separate, known=self._is_known_name,
                           evidence=project_evidence(self.project))

    def _is_known_name(self, folded: str) -> bool:
        """Whether the project already has this (folded) text as an entity: then بواشنطن gives واشنطن."""
        return folded in self._names()

    def _names(self) -> suggest.Gazetteer:
        """The project's names and their labels, read once and kept current as the analyst tags and deletes."""
        if self._gazetteer_cache is None:
            self._gazetteer_cache = suggest.Gazetteer.of(self.project)
        return self._gazetteer_cache

    def _gazetteer(self) -> dict[str, str]:
        return self._names().names()

    def _follow_names(self, change: Change) -> None:
        """A deleted (or undone) accepted name leaves the gazetteer; an accepted one joins it."""
        if self._gazetteer_cache is None:
            return
        for edit in change.edits:
            if edit.table != "entities":
                continue
            if edit.before is not None and not edit.before["suggested"]:
                self._gazetteer_cache.remove(edit.before["text"], edit.before["label"])
            if edit.after is not None and not edit.after["suggested"]:
                self._gazetteer_cache.add(edit.after["text"], edit.after["label"])

    def _attempt(self, work) -> Change | None:
        try:
            return work()
        except SpanRefused as refusal:
            self.statusBar().showMessage(self.tr("Not tagged: {0}").format(shown(refusal)), 6000)
            return None

    def make_quote(self) -> None:
        if self.document is None:
            return
        span = self._selection(entity=False)
        if span is None:
            self.statusBar().showMessage(self.tr("Select the quoted words first, then press Q."), 4000)
            return
        change = self._attempt(lambda: ops.add_quote(self.project, self.document.key, *span, annotator=self.author))
        if change:
            self.record([change], self.tr("Mark quote"))
            self.view.clear_selection()
            quote_id = change.edits[0].after["id"]
            self.select_span("quote", quote_id)
            self.start_picking_speaker()

    def mark_cue(self) -> None:
        quote_id = self._current_quote()
        span = self._selection(entity=True)
        if quote_id is None or span is None:
            self.statusBar().showMessage(self.tr("Choose a quote, select its verb (قال، أكد، أضاف …), then press C."), 5000)
            return
        span = cue_edges(self.document.text, *span)
        change = self._attempt(lambda: ops.set_cue(self.project, quote_id, span, annotator=self.author))
        if change:
            self.record([change], self.tr("Mark cue"))
            self.view.clear_selection()

    def clear_cue(self) -> None:
        quote_id = self._current_quote()
        if quote_id is not None:
            self.record([ops.set_cue(self.project, quote_id, None, annotator=self.author)], self.tr("Clear cue"))

    def _current_quote(self) -> int | None:
        if self.selected and self.selected[0] == "quote":
            return self.selected[1]
        return self.document.quotes[-1].id if self.document and self.document.quotes and self.selected is None else None

    def start_picking_speaker(self) -> None:
        quote_id = self._current_quote()
        if quote_id is None:
            return
        self.picking_speaker_for = quote_id
        self.statusBar().showMessage(
            self.tr("Who said it? Click the speaker in the text, choose one in the Annotations panel, or type a name. Esc cancels.")
        )

    def set_speaker_entity(self, entity_id: int) -> None:
        quote_id = self.picking_speaker_for or self._current_quote()
        if quote_id is None:
            return
        self.picking_speaker_for = None
        self.statusBar().clearMessage()
        self.record([ops.set_speaker(self.project, quote_id, speaker=entity_id, annotator=self.author)], self.tr("Set speaker"))
        self.select_span("quote", quote_id)

    def set_speaker_name(self, name: str) -> None:
        quote_id = self._current_quote()
        if quote_id is None:
            return
        self.picking_speaker_for = None
        self.statusBar().clearMessage()
        self.record([ops.set_speaker(self.project, quote_id, speaker_text=name or None, annotator=self.author)], self.tr("Set speaker"))

    def delete_selected(self) -> None:
        if not self.selected:
            return
        kind, span_id = self.selected
        delete = {"entity": ops.delete_entity, "quote": ops.delete_quote, "relation": ops.delete_relation}[kind]
        change = delete(self.project, span_id, annotator=self.author)
        self.selected = None
        self.record([change], self.tr("Delete annotation"))

    def cancel(self) -> None:
        self.picking_speaker_for = None
        self.relations.cancel()
        self.statusBar().clearMessage()
        self.view.clear_selection()
        self.select_span(None, None)

    def set_topic(self, topic: str, chosen: bool) -> None:
        if self.document is None:
            return
        change = ops.set_topic(self.project, self.document.key, topic, chosen, annotator=self.author)
        if change.edits:
            self.record([change], self.tr("Topic {0}").format(topic))

    def toggle_topic_number(self, number: int) -> None:
        topic = self.topic_panel.topic_at(number - 1)
        if topic is not None and self.document is not None:
            self.set_topic(topic, topic not in self.document.topics)

    def _offer_pending(self) -> None:
        pending, self._pending_offers = self._pending_offers, []
        for entity_id, span, label in pending:
            self._offer_occurrences(entity_id, span, label)

    def _offer_occurrences(self, entity_id: int, span: tuple[int, int], label: str) -> None:
        """Suggest the just-tagged name wherever else it stands in the document (unless the tag is gone)."""
        if self.document is None or not any(e.id == entity_id for e in self.document.entities):
            return
        key = self.document.key
        others = suggest.other_occurrences(self.document, *span, label, folded=self._folded(),
                                           evidence=project_evidence(self.project))
        entity = next(e for e in self.document.entities if e.id == entity_id)
        links = [ops.set_speaker(self.project, quote, speaker=speaker, annotator=self.author)
                 for quote, speaker in suggest.speakers_to_link(self.document, entity)]
        if not others and not links:
            return
        found = len(others)
        if found > MAX_OFFERED:  # a name in every line of a 5 MB article: offer the nearest, not 75,000
            others = sorted(others, key=lambda s: abs(s.start - span[0]))[:MAX_OFFERED]
            others.sort(key=lambda s: s.start)
        offered = suggest.add_entity_suggestions(self.project, key, others, annotator=self.annotator)
        self.record(offered + links, self.tr("Suggest other occurrences"))
        message = self.tr("%n more occurrences suggested: A accepts all, Enter the chosen one, Delete rejects it.", "", len(offered))
        if found > len(offered):
            message += " " + self.tr("(the nearest of %n found)", "", found)
        self.statusBar().showMessage(message, 8000)

    def _folded(self):
        """The open document's folded text and map, made once: its text never changes."""
        if self._fold_cache is None or self._fold_cache[0] != self.document.key:
            self._fold_cache = (self.document.key, fold_with_map(self.document.text))
        return self._fold_cache[1]

    def cycle_split(self) -> None:
        """Move the chosen entity's start to the next proclitic boundary of its first word (وبالعراق → بالعراق → العراق)."""
        entity = self._chosen("entity")
        if entity is None:
            return
        start, end = next_split(self.document.text, entity.start, entity.end)
        if (start, end) != (entity.start, entity.end):
            self.record([ops.resize_entity(self.project, entity.id, start, end, annotator=self.author)], self.tr("Split word"))

    def accept_chosen(self) -> None:
        span = self._chosen(self.selected[0]) if self.selected else None
        if span is not None and span.suggested:
            table = {"entity": "entities", "quote": "quotes", "relation": "relations"}[self.selected[0]]
            changes = [ops.accept_suggestion(self.project, table, span.id, annotator=self.author)]
            speaker = next((e for e in self.document.entities if e.id == getattr(span, "speaker", None)), None)
            if speaker is not None and speaker.suggested:  # the speaker offered with the quote comes with it
                changes.append(ops.accept_suggestion(self.project, "entities", speaker.id, annotator=self.author))
            self.record(changes, self.tr("Accept suggestion"))

    def accept_all(self) -> None:
        if self.document is None:
            return
        with self.project.transaction():  # one durable commit for them all, and all or none
            changes = [ops.accept_suggestion(self.project, "entities", e.id, annotator=self.author)
                       for e in self.document.entities if e.suggested]
            changes += [ops.accept_suggestion(self.project, "quotes", q.id, annotator=self.author)
                        for q in self.document.quotes if q.suggested]
        if changes:
            self.record(changes, self.tr("Accept all suggestions"))
            self.statusBar().showMessage(self.tr("Accepted %n suggestions.", "", len(changes)), 4000)

    def suggest_here(self) -> None:
        """Names the project knows and quotes from verbs of saying, as suggestions in this document."""
        if self.document is None:
            return
        changes = suggest.suggest_document(self.project, self.document.key, annotator=self.annotator, gazetteer=self._gazetteer())
        if changes:
            self.record(changes, self.tr("Suggest names and quotes"))
        self.statusBar().showMessage(self.tr("%n suggestions: A accepts all, Enter the chosen one, Delete rejects it.", "", len(changes)), 8000)

    def label_everywhere(self) -> None:
        """Offer the chosen entity's name with its label in every other document of the project."""
        entity = self._chosen("entity")
        if entity is None:
            self.statusBar().showMessage(self.tr("Choose an entity first."), 4000)
            return
        tagged = {(row[0], row[1], row[2]) for row in self.project.conn.execute(
            'SELECT document, start, "end" FROM entities WHERE label = ?', (entity.label,))}
        changes = [
            ops.add_entity(self.project, match.key, match.start, match.end, entity.label, annotator=self.annotator, source="occurrence", suggested=True)
            for match in search(self.project, entity.text)
            if match.key != self.document.key and (match.key, match.start, match.end) not in tagged
        ]
        if changes:
            self.record(changes, self.tr("Label all occurrences of {0}").format(entity.text), jump=False)
        self.statusBar().showMessage(self.tr("Suggested {0} in %n other documents.", "", len({c.document for c in changes})).format(
            isolated(entity.text)), 8000)

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def show_match(self, key: int, start: int, end: int) -> None:
        if self.document is None or self.document.key != key:
            self.open_document(key)
        self.view.select_range(start, end)
        self.view.ensureCursorVisible()

    def _search_changed(self, query: str) -> None:
        self.search_query = query
        self._show_search_hits()

    def _show_search_hits(self) -> None:
        hits = find_in_text(self.document.text, self.search_query, folded=self._folded(),
                            evidence=project_evidence(self.project)) if self.document and self.search_query else []
        self.view.set_search_hits(hits)

    def _chosen(self, kind: str):
        if not self.selected or self.selected[0] != kind or self.document is None:
            return None
        pool = {"entity": self.document.entities, "quote": self.document.quotes, "relation": self.document.relations}[kind]
        return next((span for span in pool if span.id == self.selected[1]), None)

    def _auto_suggest(self) -> None:
        """A new document gets the project's names and the quotes its verbs announce, once."""
        document = self.document
        if (document is None or document.status != "new" or document.entities or document.quotes
                or self.project.setting("auto_suggest", "1") != "1"):
            return
        done = self.project.conn.execute(
            "SELECT 1 FROM journal WHERE action = 'auto suggest' AND document = ?", (document.key,)).fetchone()
        if done:
            return
        model = self._trained_model() if len(document.text) <= LONG_TEXT else None  # megabytes: by hand only
        names = []
        if model is not None:
            from annotator.core.learn.project_model import model_suggestions

            names = model_suggestions(document, model)
        changes = suggest.suggest_document(self.project, document.key, annotator="suggester", gazetteer=self._gazetteer(),
                                           model_names=names)
        with self.project.transaction():
            self.project.journal("auto suggest", annotator=self.annotator, document=document.key, count=len(changes))
        if changes:
            self.show_document(layer_of(self.project.document(document.key), self.layer))
            self.statusBar().showMessage(self.tr("%n suggestions: A accepts all, Enter the chosen one, Delete rejects it.", "", len(changes)), 8000)

    def _trained_model(self):
        """The project's latest entity model (annotator train, or Document ▸ Learn), read once."""
        if self._model_cache is None:
            from annotator.core.learn.project_model import latest

            self._model_cache = (latest(self.project),)
        return self._model_cache[0]

    def _model_suggestions(self, key: int) -> list[Change]:
        model = self._trained_model()
        if model is None:
            return []
        from annotator.core.learn.project_model import model_suggestions

        found = model_suggestions(self.project.document(key), model)
        return suggest.add_entity_suggestions(self.project, key, found, annotator="model")

    def _topic_suggestions(self) -> dict[str, float]:
        model = self._trained_model() if self.document is not None else None
        if model is None:
            return {}
        from annotator.core.learn.project_model import topic_suggestions

        return topic_suggestions(self.document, model)

    def suggest_with_model(self) -> None:
        """Document ▸ Suggest names with the model: the trained model's names in this document, as suggestions."""
        if self.document is None:
            return
        if self._trained_model() is None:
            self.statusBar().showMessage(self.tr("No model yet: Document ▸ Learn from the annotations trains one."), 6000)
            return
        changes = self._model_suggestions(self.document.key)
        if changes:
            self.record(changes, self.tr("Suggest names with the model"))
        self.statusBar().showMessage(self.tr("The model suggests %n names: A accepts all, Enter the chosen one, Delete rejects it.",
                                             "", len(changes)), 8000)

    def learn(self) -> None:
        """Document ▸ Learn from the annotations: train the entity model off the GUI thread, then use it."""
        from annotator.core.learn.project_model import train_in_child
        from annotator.gui.transfer import run_in_background

        def job(project, progress):
            try:  # in a child process, so the window answers throughout (Cancel stops the child)
                return train_in_child(self.db_path, waiting=lambda: progress(0))
            except ValueError as error:  # nothing to learn from yet
                return str(error)

        trained = run_in_background(self, self.db_path, job, title=self.tr("Learning from the annotations…"), total=0)
        if trained is None:
            return
        if isinstance(trained, str):
            tell(self, self.tr("Learn from the annotations"), self.tr("Nothing to learn from yet: accept some names first."))
            return
        self._model_cache = None
        if self.order_choice.currentData():
            self._apply_filters()  # the new model ranked the new documents anew
        scores = trained.scores
        self.statusBar().showMessage(self.tr("Learnt from {0} documents in {1} s; on documents held out: precision {2}, "
                                             "recall {3}, F1 {4}.").format(
            trained.documents, f"{trained.seconds:.0f}", f"{scores['precision']:.2f}", f"{scores['recall']:.2f}",
            f"{scores['f1']:.2f}"), 12000)

    # --- selection of spans -------------------------------------------------

    def _span_clicked(self, kind: str, span_id: int) -> None:
        if self.picking_speaker_for is not None and kind == "entity":
            self.set_speaker_entity(span_id)
            return
        if self.relations.waiting and kind == "entity":
            self.relations.finish(span_id)
            return
        self.select_span(kind, span_id)

    def select_span(self, kind: str | None, span_id: int | None) -> None:
        self.selected = (kind, span_id) if kind else None
        self.view.set_selected_span(self.selected)
        self.annotation_panel.select(self.selected)

    def describe_span(self, span: DrawnSpan) -> str:
        """The hover text of a span: label, annotator and, for a quote, who said it."""
        document = self.document
        if document is None:
            return ""
        if span.kind == "entity":
            entity = next((e for e in document.entities if e.id == span.id), None)
            if entity is None:
                return ""
            label = next((l for l in self.schema.labels if l.name == entity.label), None)
            name = local_name(label, self.language) if label else entity.label
            described = self.tr("{0} ({1}) — by {2}").format(name, entity.label, entity.annotator or "?")
            if entity.suggested and entity.confidence is not None:
                described += self.tr(" — the model is {0}% sure").format(round(entity.confidence * 100))
            return described
        quote = next((q for q in document.quotes if q.id == span.id), None)
        if quote is None:
            return ""
        speaker = self._speaker_names().get(quote.id) or self.tr("no speaker yet")
        return self.tr("Quote — said by {0} — by {1}").format(speaker, quote.annotator or "?")

    # --- after every change ----------------------------------------------------

    def record(self, changes: list[Change], text: str, *, jump: bool = True) -> None:
        """Put changes already made on the undo stack and show them.

        `jump`: undo and redo open the changed document (off for changes spread over many documents).
        """
        # Annotating a new document starts it; marking a status by hand says otherwise.
        if self.document is not None and self.document.status == "new" and not any(c.action.startswith("mark ") for c in changes):
            changes = changes + [ops.set_status(self.project, self.document.key, "in_progress", annotator=self.annotator)]

        def follow(shown: list[Change]) -> None:  # also what undo and redo call, with all their changes
            for change in shown:
                self._follow_names(change)
            self.after_changes(shown, jump=jump)

        self.history.push(ChangeCommand(self.project, changes, self.annotator, follow, text))
        follow(changes)
        self.training.count(changes)

    def after_changes(self, changes: list[Change], *, jump: bool = True) -> None:
        """Refresh only what the changes touched, each line of text once however many changes it holds;
        undo and redo come back through here too. `jump`: a change to another document opens it (off
        for changes spread over many documents, which then only update their rows in the list)."""
        foreign = [c.document for c in changes if self.document is None or c.document != self.document.key]
        if jump and foreign:
            self.open_document(foreign[0])  # read afresh: every change is in it already
        elif self.layer is not None and self.document is not None and any(c.document == self.document.key for c in changes):
            self.open_document(self.document.key)  # one annotator's layer: read afresh, filtered again
        else:
            here = [c for c in changes if self.document is not None and c.document == self.document.key]
            for change in here:
                ops.apply_to_document(self.document, change)
            if here:
                if self.selected and not self._span_exists(self.selected):
                    self.selected = None
                    self.view.set_selected_span(None)
                self.view.apply_changes(self.document, here, self._speaker_names())
                self.annotation_panel.apply_changes(here, self.document, self.selected)
                if any(change.touched("document_topics") for change in here):
                    self.topic_panel.set_chosen(self.document.topics)
                    self.topic_panel.set_suggested(self._topic_suggestions())
        for document in dict.fromkeys(c.document for c in changes):
            self.list_model.refresh_document(document)
        self._update_status_bar(recount=any(change.touched("documents") for change in changes))

    def _span_exists(self, selected) -> bool:
        kind, span_id = selected
        pool = {"entity": self.document.entities, "quote": self.document.quotes, "relation": self.document.relations}[kind]
        return any(span.id == span_id for span in pool)

    def _refresh_panels(self) -> None:
        self.annotation_panel.show_document(self.document, self.schema, self.language, self.selected)
        if self.topic_panel.count() != len(self.schema.topics):
            self.topic_panel.show_topics(self.schema, self.document.topics if self.document else [], self.language)
        else:
            self.topic_panel.set_chosen(self.document.topics if self.document else [])
        self.topic_panel.set_suggested(self._topic_suggestions())
        self.topic_panel.setEnabled(self.document is not None)
        self._update_status_bar()

    def _colours(self) -> dict[str, str]:
        return {label.name: label.colour for label in self.schema.labels}

    def _speaker_names(self) -> dict[int, str]:
        if self.document is None:
            return {}
        entity_text = {e.id: e.text for e in self.document.entities}
        return {q.id: entity_text.get(q.speaker) or q.speaker_text or "" for q in self.document.quotes}

    def _update_status_bar(self, *, recount: bool = True) -> None:
        if recount or not hasattr(self, "_status_counts"):
            self._status_counts = dict(self.project.conn.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())
        total = sum(self._status_counts.values())
        self.status_progress.setText(self.tr("{0} / {1} done").format(self._status_counts.get("done", 0), total))
        self.status_annotator.setText(self.tr("Annotator: {0}").format(self.annotator) if self.layer is None else
                                      self.tr("Annotator: {0}; showing the layer of {1}").format(self.annotator, self.layer))
        if self.document is None:
            self.status_document.setText(self.tr("No document"))
        else:
            document = self.document
            accepted = [self.tr("%n entities", "", sum(not e.suggested for e in document.entities)),
                        self.tr("%n quotes", "", sum(not q.suggested for q in document.quotes)),
                        self.tr("%n topics", "", len(document.topics))]
            offered = sum(e.suggested for e in document.entities) + sum(q.suggested for q in document.quotes)
            # Counted as the document list counts them: accepted annotations; suggestions on their own.
            text = self.tr("{0} — {1}").format(self.tr(", ").join(accepted), self.list_model.status_name(document.status))
            if offered:
                text += self.tr("; {0}").format(self.tr("%n suggestions waiting", "", offered))
            self.status_document.setText(text)

    def set_annotator(self, name: str) -> None:
        self.annotator = name
        self._update_status_bar()

    # --- dialogs -------------------------------------------------------------

    def import_files(self) -> None:
        from annotator.gui.transfer import run_import

        if run_import(self, self.db_path):
            self.schema = self.project.schema()
            self._show_schema()
            self._apply_filters()
            if self.document is None:
                self.open_row(0)
            self._update_status_bar()

    def export_files(self) -> None:
        from annotator.gui.transfer import run_export

        run_export(self, self.db_path)

    def edit_preferences(self) -> None:
        from annotator.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self, self.preferences, self.project, self.schema, self.language)
        if dialog.exec():
            self.annotator = self.preferences.annotator_or_login()
            self.view.set_text_font(self._text_font())
            self.reload_schema()

    def edit_schema(self) -> None:
        from annotator.gui.schema_editor import SchemaEditor

        if SchemaEditor(self, self.project).exec():
            self.reload_schema()

    def reload_schema(self) -> None:
        self.schema = self.project.schema()
        self._show_schema()
        self._name_label_actions()
        self.topic_panel.show_topics(self.schema, self.document.topics if self.document else [], self.language)
        self.view.set_colours(self._colours())
        if self.document is not None:
            self.document = layer_of(self.project.document(self.document.key), self.layer)
            self._refresh_panels()
        self._update_status_bar()

    def adjudicate(self) -> None:
        """The annotators' versions of this document side by side, settled into the gold layer."""
        from annotator.gui.curation_view import CurationView

        if self.document is None:
            return
        self.show_layer(GOLD)  # the text shows the settled version as it grows
        CurationView(self).exec()

    def show_dashboard(self) -> None:
        from annotator.gui.dashboard_view import DashboardView

        DashboardView(self).exec()

    def show_about(self) -> None:
        from annotator.gui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def show_keys(self) -> None:
        from annotator.gui.keys_dialog import KeysDialog

        KeysDialog(self).exec()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._offer_timer.stop()
        self._pending_offers.clear()
        remember_place(self)
        self.preferences.save_window_state(self.language, self.saveGeometry(), self.saveState())
        self.preferences.sync()
        super().closeEvent(event)

    def close_project(self) -> None:
        self._offer_timer.stop()
        self._outside_timer.stop()
        self.project.close()
