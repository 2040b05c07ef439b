<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutAction</name>
    <message>
        <source>&amp;About Recours</source>
        <translation>À &amp;propos de Recours</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Keeps the whole record of a dispute with a company, and turns it into letters that get answered.</source>
        <translation>Garde la trace complète d’un litige avec une entreprise, et en tire des courriers qui obtiennent une réponse.</translation>
    </message>
    <message>
        <source>What Recours does</source>
        <translation>Ce que fait Recours</translation>
    </message>
    <message>
        <source>Recours never connects to the network: your cases, evidence and letters stay on this computer.</source>
        <translation>Recours ne se connecte jamais au réseau&#xa0;: vos dossiers, vos pièces et vos courriers restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite version</source>
        <translation>Version de SQLite</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>{qt} (PySide6 {pyside})</source>
        <translation>{qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Version de Qt</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ActionsBar</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>&amp;Export This Case…</source>
        <translation>&amp;Exporter ce dossier…</translation>
    </message>
    <message>
        <source>Save the selected case and its evidence in one .recours file</source>
        <translation>Enregistrer le dossier sélectionné et ses pièces dans un seul fichier .recours</translation>
    </message>
    <message>
        <source>Export &amp;All Cases…</source>
        <translation>Exporter &amp;tous les dossiers…</translation>
    </message>
    <message>
        <source>Save every case and its evidence in one .recours file</source>
        <translation>Enregistrer tous les dossiers et leurs pièces dans un seul fichier .recours</translation>
    </message>
    <message>
        <source>&amp;Import a Case…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Take in the cases of a .recours file, as new cases or restored</source>
        <translation>Reprendre les dossiers d’un fichier .recours, comme nouveaux dossiers ou en les restaurant</translation>
    </message>
    <message>
        <source>Export This Case</source>
        <translation>Exporter ce dossier</translation>
    </message>
    <message>
        <source>Exporting “{title}”…</source>
        <translation>Exportation de «&#xa0;{title}&#xa0;»…</translation>
    </message>
    <message>
        <source>Recours cases {day}</source>
        <translation>Dossiers Recours {day}</translation>
    </message>
    <message>
        <source>Export All Cases</source>
        <translation>Exporter tous les dossiers</translation>
    </message>
    <message>
        <source>Exporting every case…</source>
        <translation>Exportation de tous les dossiers…</translation>
    </message>
    <message>
        <source>Recours archives (*.recours)</source>
        <translation>Archives Recours (*.recours)</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} existe déjà. Le remplacer&#x202f;?</translation>
    </message>
    <message>
        <source>Exported the case to {path} ({size})</source>
        <translation>Dossier exporté dans {path} ({size})</translation>
    </message>
    <message>
        <source>Exported {count} cases to {path} ({size})</source>
        <translation>{count} dossiers exportés dans {path} ({size})</translation>
    </message>
    <message>
        <source>Import a Case</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Recours archives (*.recours);;All files (*)</source>
        <translation>Archives Recours (*.recours);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Wait for the archive on its way to finish first</source>
        <translation>Attendez d’abord la fin de l’archive en cours</translation>
    </message>
    <message>
        <source>How should the cases of “{name}” join this record?</source>
        <translation>Comment ajouter les dossiers de «&#xa0;{name}&#xa0;» aux vôtres&#x202f;?</translation>
    </message>
    <message>
        <source>How to import the archive</source>
        <translation>Comment importer l’archive</translation>
    </message>
    <message>
        <source>A new copy adds the cases beside yours, renamed if a title is taken: for a case someone sent you.
Restore brings them back exactly as they were, to move your own record: a case already here is replaced only if you agree.</source>
        <translation>Une nouvelle copie ajoute les dossiers à côté des vôtres, renommés si un titre est déjà pris&#xa0;: pour un dossier que quelqu’un vous a envoyé.
Restaurer les remet exactement tels qu’ils étaient, pour déplacer vos propres dossiers&#xa0;: un dossier déjà présent n’est remplacé qu’avec votre accord.</translation>
    </message>
    <message>
        <source>&amp;New Copy</source>
        <translation>&amp;Nouvelle copie</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Import as new cases</source>
        <translation>Importer comme nouveaux dossiers</translation>
    </message>
    <message>
        <source>Restore the cases as they were</source>
        <translation>Restaurer les dossiers tels qu’ils étaient</translation>
    </message>
    <message>
        <source>Importing “{name}”…</source>
        <translation>Importation de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Backing up the record before replacing its cases…</source>
        <translation>Sauvegarde de vos dossiers avant le remplacement…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported</source>
        <translation>Importation annulée&#xa0;: rien n’a été importé</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>“{title}” is already in this record.

Replace it with the case from the archive? What was recorded in it here is replaced; a backup of the record is taken first, so Restore a Backup can bring it back.</source>
        <translation>«&#xa0;{title}&#xa0;» figure déjà parmi vos dossiers.

Le remplacer par le dossier de l’archive&#x202f;? Ce qui y a été noté ici sera remplacé&#x202f;; une sauvegarde de vos dossiers est faite avant, et Restaurer une sauvegarde permet de le retrouver.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>Imported “{title}” from {name}.</source>
        <translation>«&#xa0;{title}&#xa0;» importé depuis {name}.</translation>
    </message>
    <message>
        <source>Imported {count} cases from {name}.</source>
        <translation>{count} dossiers importés depuis {name}.</translation>
    </message>
    <message>
        <source>The undo history was cleared: an import cannot be undone.</source>
        <translation>L’historique des annulations a été vidé&#xa0;: une importation ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>An asterisk marks a rule not yet checked by a lawyer</source>
        <translation>Un astérisque signale une règle pas encore vérifiée par un juriste</translation>
    </message>
    <message>
        <source>Overdue first, then the soonest</source>
        <translation>En retard d’abord, puis les plus proches</translation>
    </message>
    <message>
        <source>{case} ({company})</source>
        <translation>{case} ({company})</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Show or hide what needs attention in every case</source>
        <translation>Afficher ou masquer ce qui est à traiter dans tous les dossiers</translation>
    </message>
    <message>
        <source>The list is shown</source>
        <translation>La liste est affichée</translation>
    </message>
    <message>
        <source>What is due soon in every case, overdue first. Enter opens it.</source>
        <translation>Ce qui arrive bientôt à échéance dans tous les dossiers, les retards d’abord. Entrée l’ouvre.</translation>
    </message>
    <message>
        <source>Checking what is due…</source>
        <translation>Recherche des échéances…</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <source>Nothing is due this week.</source>
        <translation>Rien n’arrive à échéance cette semaine.</translation>
    </message>
    <message>
        <source>Nothing is due in the next {count} days.</source>
        <translation>Rien n’arrive à échéance dans les {count} prochains jours.</translation>
    </message>
    <message>
        <source>Needs attention ({count}, {overdue} overdue)</source>
        <translation>À traiter ({count}, dont {overdue} en retard)</translation>
    </message>
    <message>
        <source>Needs attention ({count})</source>
        <translation>À traiter ({count})</translation>
    </message>
    <message>
        <source>The list is hidden</source>
        <translation>La liste est masquée</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Copy the case record into the backups of the data folder now</source>
        <translation>Copier dès maintenant le fichier des dossiers dans les sauvegardes du dossier de données</translation>
    </message>
    <message>
        <source>Restore a Bac&amp;kup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put an earlier state of the case record back; the current one is kept aside</source>
        <translation>Remettre un état antérieur du fichier des dossiers&#x202f;; l’actuel est mis de côté</translation>
    </message>
    <message>
        <source>Backing up the case record…</source>
        <translation>Sauvegarde du fichier des dossiers…</translation>
    </message>
    <message>
        <source>Backed up the case record to {path}</source>
        <translation>Fichier des dossiers sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La sauvegarde du jour a échoué</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The record closes and opens again as it was then; the record as it is now is kept aside in the data folder, never deleted.</source>
        <translation>Choisissez la sauvegarde à remettre en place. Le fichier des dossiers se ferme puis se rouvre dans l’état où il était alors&#x202f;; son état actuel est mis de côté dans le dossier de données, jamais supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Put back the backup taken {backup}?

Everything recorded since then leaves the window, and the undo history is cleared. The record as it is now is kept aside in the data folder under another name, never deleted.</source>
        <translation>Remettre la sauvegarde du {backup}&#x202f;?

Tout ce qui a été noté depuis disparaît de la fenêtre, et l’historique d’annulation est effacé. Le fichier des dossiers tel qu’il est maintenant est mis de côté dans le dossier de données sous un autre nom, jamais supprimé.</translation>
    </message>
    <message>
        <source>Recours is still working on the record, or another of its windows is open. Wait for the work to finish and close the other windows, then restore.</source>
        <translation>Recours travaille encore sur le fichier des dossiers, ou une autre de ses fenêtres est ouverte. Attendez la fin du travail et fermez les autres fenêtres, puis restaurez.</translation>
    </message>
</context>
<context>
    <name>BackupChooser</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sauvegardes, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>They are kept in {folder}.</source>
        <translation>Elles sont conservées dans {folder}.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Start the record of a new dispute</source>
        <translation>Ouvrir le dossier d’un nouveau litige</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>&amp;Modifier le dossier…</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>Change the title, company, parties, references or sender of the case</source>
        <translation>Modifier le titre, l’entreprise, les interlocuteurs, les références ou l’expéditeur du dossier</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Clore le dossier</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>Delete the case with its interactions, promises and evidence</source>
        <translation>Supprimer le dossier avec ses échanges, ses engagements et ses pièces</translation>
    </message>
    <message>
        <source>&amp;Reopen Case</source>
        <translation>&amp;Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Take the case up again</source>
        <translation>Reprendre le dossier</translation>
    </message>
    <message>
        <source>Mark the case closed; it can be reopened</source>
        <translation>Marquer le dossier comme clos&#x202f;; il pourra être rouvert</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Reopen the case</source>
        <translation>Rouvrir le dossier</translation>
    </message>
    <message>
        <source>Mark the case open</source>
        <translation>Marquer le dossier comme ouvert</translation>
    </message>
    <message>
        <source>Mark the case awaiting a reply</source>
        <translation>Marquer le dossier en attente de réponse</translation>
    </message>
    <message>
        <source>Mark the case escalated</source>
        <translation>Marquer le dossier comme porté plus haut</translation>
    </message>
    <message>
        <source>Mark the case resolved</source>
        <translation>Marquer le dossier comme résolu</translation>
    </message>
    <message>
        <source>The case holds nothing else yet.</source>
        <translation>Le dossier ne contient encore rien d’autre.</translation>
    </message>
    <message>
        <source>It goes with everything it holds:
interactions: {interactions}
promises: {promises}
evidence files: {evidence}
money lines: {money}</source>
        <translation>Tout ce qu’il contient disparaît avec lui&#xa0;:
échanges&#xa0;: {interactions}
engagements&#xa0;: {promises}
pièces&#xa0;: {evidence}
lignes de montant&#xa0;: {money}</translation>
    </message>
    <message>
        <source>Delete the case “{title}”?</source>
        <translation>Supprimer le dossier «&#xa0;{title}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Edit › Undo brings it back, as long as Recours is open.</source>
        <translation>Édition › Annuler le fait revenir, tant que Recours reste ouvert.</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Supprimer le dossier</translation>
    </message>
</context>
<context>
    <name>CaseDashboard</name>
    <message>
        <source>All cases</source>
        <translation>Tous les dossiers</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Open, awaiting a reply or escalated: not yet resolved or closed</source>
        <translation>Ouverts, en attente de réponse ou portés plus haut&#xa0;: pas encore résolus ni clos</translation>
    </message>
    <message>
        <source>Show cases</source>
        <translation>Dossiers affichés</translation>
    </message>
    <message>
        <source>Show the cases of one status only</source>
        <translation>N’afficher que les dossiers d’un seul statut</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Voi&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by title, company or client</source>
        <translation>Filtrer par titre, entreprise ou client</translation>
    </message>
    <message>
        <source>Filter cases by title, company or client</source>
        <translation>Filtrer les dossiers par titre, entreprise ou client</translation>
    </message>
    <message>
        <source>No case shown</source>
        <translation>Aucun dossier affiché</translation>
    </message>
    <message>
        <source>Show &amp;All Cases</source>
        <translation>Afficher &amp;tous les dossiers</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>Afficher tous les dossiers</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>There are no cases yet.</source>
        <translation>Il n’y a encore aucun dossier.</translation>
    </message>
    <message>
        <source>No case matches “{text}”.</source>
        <translation>Aucun dossier ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>No case in “{status}”.</source>
        <translation>Aucun dossier dans «&#xa0;{status}&#xa0;».</translation>
    </message>
    <message>
        <source>No case in “{status}” matches “{text}”.</source>
        <translation>Aucun dossier dans «&#xa0;{status}&#xa0;» ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>No case shown</source>
        <translation>Aucun dossier affiché</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>At a Glance</source>
        <translation>En un coup d’œil</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Edit Case</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. Phone sold as free, then billed</source>
        <translation>p. ex. téléphone vendu comme gratuit, puis facturé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>The company the dispute is with; a new name joins the directory</source>
        <translation>L’entreprise avec laquelle vous êtes en litige&#x202f;; un nouveau nom est ajouté à l’annuaire</translation>
    </message>
    <message>
        <source>Contact Det&amp;ails…</source>
        <translation>Coordonnées de l’entre&amp;prise…</translation>
    </message>
    <message>
        <source>Contact details of the company</source>
        <translation>Coordonnées de l’entreprise</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Résultat souhaité</translation>
    </message>
    <message>
        <source>What would settle it for you</source>
        <translation>Ce qui réglerait le litige pour vous</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Language of letters</source>
        <translation>Langue des courriers</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Desired &amp;outcome:</source>
        <translation>Résultat &amp;souhaité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Droit applicable&#xa0;:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Courriers rédigés en&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>Secte&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>The Case</source>
        <translation>Le dossier</translation>
    </message>
    <message>
        <source>Other Parties</source>
        <translation>Autres interlocuteurs</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>&amp;Use My Own Details</source>
        <translation>Utiliser &amp;mes coordonnées</translation>
    </message>
    <message>
        <source>Use my own details</source>
        <translation>Utiliser mes coordonnées</translation>
    </message>
    <message>
        <source>Set your details in the Preferences first</source>
        <translation>Indiquez d’abord vos coordonnées dans les préférences</translation>
    </message>
    <message>
        <source>Fill in your details from the Preferences</source>
        <translation>Reprendre les coordonnées indiquées dans vos préférences</translation>
    </message>
    <message>
        <source>Letters of this case go out under this name. Acting for someone else? Put their details here.</source>
        <translation>Les courriers de ce dossier partent sous ce nom. Vous agissez pour quelqu’un d’autre&#x202f;? Indiquez ici ses coordonnées.</translation>
    </message>
    <message>
        <source>Letters Sent From</source>
        <translation>Expéditeur des courriers</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+Enter)</source>
        <translation>Enregistrer le dossier (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>Annuler sans rien modifier</translation>
    </message>
    <message>
        <source>The postal address, email, phone and website of {name}, for letters</source>
        <translation>{name}&#xa0;: adresse postale, courriel, téléphone et site web, pour les courriers</translation>
    </message>
    <message>
        <source>Choose the company first</source>
        <translation>Choisissez d’abord l’entreprise</translation>
    </message>
    <message>
        <source>Say which company the dispute is with.</source>
        <translation>Indiquez avec quelle entreprise vous êtes en litige.</translation>
    </message>
    <message>
        <source>Create a case</source>
        <translation>Créer un dossier</translation>
    </message>
    <message>
        <source>Edit the case</source>
        <translation>Modifier le dossier</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>CaseNextSteps</name>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Nothing is due in this case.</source>
        <translation>Aucune échéance dans ce dossier.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Show all {count}</source>
        <translation>Afficher les {count}</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher le détail</translation>
    </message>
    <message>
        <source>{mark} Not yet checked by a lawyer: point at the asterisk to see the source.</source>
        <translation>{mark} Règle pas encore vérifiée par un juriste&#xa0;: survolez l’astérisque pour en voir la source.</translation>
    </message>
    <message>
        <source>{title} — {day}</source>
        <translation>{title} — {day}</translation>
    </message>
    <message>
        <source>{severity}: {sentence}</source>
        <translation>{severity}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <source>{severity}:</source>
        <translation>{severity}&#xa0;:</translation>
    </message>
    <message>
        <source>See the promise</source>
        <translation>Voir l’engagement</translation>
    </message>
    <message>
        <source>See the letter</source>
        <translation>Voir le courrier</translation>
    </message>
</context>
<context>
    <name>CaseSummaryPanel</name>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact details of the company</source>
        <translation>Coordonnées de l’entreprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Letters sent from</source>
        <translation>Expéditeur des courriers</translation>
    </message>
    <message>
        <source>Desired outcome</source>
        <translation>Résultat souhaité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Droit applicable&#xa0;:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Money:</source>
        <translation>Montants&#xa0;:</translation>
    </message>
    <message>
        <source>In dispute:</source>
        <translation>En litige&#xa0;:</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références&#xa0;:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Interlocuteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Letters sent from:</source>
        <translation>Expéditeur des courriers&#xa0;:</translation>
    </message>
    <message>
        <source>Desired outcome:</source>
        <translation>Résultat souhaité&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Contact details…</source>
        <translation>Coordonnées…</translation>
    </message>
    <message>
        <source>Add its postal address…</source>
        <translation>Ajouter son adresse postale…</translation>
    </message>
    <message>
        <source>No postal address yet: letters to {name} leave a blank for it</source>
        <translation>Pas encore d’adresse postale pour {name}&#xa0;: les courriers laissent un blanc à sa place</translation>
    </message>
    <message>
        <source>Not set yet (Edit Case)</source>
        <translation>Pas encore indiqué (Modifier le dossier)</translation>
    </message>
    <message>
        <source>{kind}: {amounts}</source>
        <translation>{kind}&#xa0;: {amounts}</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reply late by 1 day</source>
        <translation>Réponse en retard d’un jour</translation>
    </message>
    <message>
        <source>Reply late by {count} days</source>
        <translation>Réponse en retard de {count} jours</translation>
    </message>
    <message>
        <source>Reply due today</source>
        <translation>Réponse attendue aujourd’hui</translation>
    </message>
    <message>
        <source>Reply by {day}</source>
        <translation>Réponse d’ici le {day}</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d’un jour</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>En retard de {count} jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenus</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Promises broken, out of all the promises made in the case</source>
        <translation>Engagements non tenus, sur l’ensemble des engagements pris dans le dossier</translation>
    </message>
    <message>
        <source>The amount claimed, or what was billed beyond what was promised</source>
        <translation>Le montant réclamé, ou ce qui a été facturé au-delà de ce qui était promis</translation>
    </message>
    <message>
        <source>The day of the latest call, email, letter or visit</source>
        <translation>Date du dernier échange&#xa0;: appel, courriel, courrier ou visite</translation>
    </message>
    <message>
        <source>When the next pending promise, or the reply to a letter, falls due</source>
        <translation>Date à laquelle arrive à échéance le prochain engagement en attente, ou la réponse à un courrier</translation>
    </message>
    <message>
        <source>Promises broken: {broken} of {total}</source>
        <translation>Engagements non tenus&#xa0;: {broken} sur {total}</translation>
    </message>
    <message>
        <source>overdue: {count}</source>
        <translation>en retard&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{broken}; {overdue}</source>
        <translation>{broken}&#x202f;; {overdue}</translation>
    </message>
    <message>
        <source>{title}
Letters signed by {client}</source>
        <translation>{title}
Courriers signés par {client}</translation>
    </message>
    <message>
        <source>The next pending promise is due on {day}</source>
        <translation>Le prochain engagement en attente est dû le {day}</translation>
    </message>
    <message>
        <source>pending promises overdue: {count}</source>
        <translation>engagements en attente en retard&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{due}; {overdue}</source>
        <translation>{due}&#x202f;; {overdue}</translation>
    </message>
    <message>
        <source>The reply to a letter you sent is due on {day}</source>
        <translation>La réponse à un courrier que vous avez envoyé est attendue le {day}</translation>
    </message>
    <message>
        <source>replies late: {count}</source>
        <translation>réponses en retard&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{reply}; {late}</source>
        <translation>{reply}&#x202f;; {late}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Recours ran into a problem it did not expect. Everything saved before this moment is kept, and you can go on working.

If it happens again, please copy the details below into a bug report.</source>
        <translation>Recours a rencontré un problème inattendu. Tout ce qui a été enregistré jusqu’ici est conservé, et vous pouvez continuer à travailler.

Si cela se reproduit, merci de copier les détails ci-dessous dans un signalement de bogue.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CurrencyPicker</name>
    <message>
        <source>Loyalty points</source>
        <translation>Points de fidélité</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>DamagedRecordDialog</name>
    <message>
        <source>The Case Record Is Damaged</source>
        <translation>Le fichier des dossiers est endommagé</translation>
    </message>
    <message>
        <source>No backup passes its own check; you may still choose one from the list.</source>
        <translation>Aucune sauvegarde ne passe sa propre vérification&#x202f;; vous pouvez tout de même en choisir une dans la liste.</translation>
    </message>
    <message>
        <source>The latest good backup was taken {backup}.</source>
        <translation>La dernière sauvegarde valide date du {backup}.</translation>
    </message>
    <message>
        <source>Whichever you choose, nothing is deleted: the damaged file stays in {folder} under another name.</source>
        <translation>Quel que soit votre choix, rien n’est supprimé&#xa0;: le fichier endommagé reste dans {folder} sous un autre nom.</translation>
    </message>
    <message>
        <source>&amp;Restore the Latest Backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Restore the latest good backup</source>
        <translation>Restaurer la dernière sauvegarde valide</translation>
    </message>
    <message>
        <source>&amp;Choose Another Backup…</source>
        <translation>&amp;Choisir une autre sauvegarde…</translation>
    </message>
    <message>
        <source>Choose another backup</source>
        <translation>Choisir une autre sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Don’t Restore</source>
        <translation>&amp;Ne pas restaurer</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>Ne pas restaurer</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put back. Changes made after it was taken are not in it.</source>
        <translation>Choisissez la sauvegarde à remettre en place. Les modifications faites après elle n’y figurent pas.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>e.g. 14/03/2026, in 3 days</source>
        <translation>p. ex. 14/03/2026, dans 3 jours</translation>
    </message>
</context>
<context>
    <name>DeadlinePreferences</name>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Weeks before a UK telecoms ombudsman can be asked</source>
        <translation>Nombre de semaines avant de pouvoir saisir un médiateur télécoms (ombudsman) au Royaume-Uni</translation>
    </message>
    <message>
        <source>8 weeks after your written complaint today; Ofcom proposed 6</source>
        <translation>Actuellement 8 semaines après votre réclamation écrite&#x202f;; l’Ofcom a proposé 6</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days ahead that need attention</source>
        <translation>Nombre de jours à l’avance où une date passe dans «&#xa0;À traiter&#xa0;»</translation>
    </message>
    <message>
        <source>A date this close shows under “Needs attention” (7: this week)</source>
        <translation>Une date aussi proche apparaît sous «&#xa0;À traiter&#xa0;» (7&#xa0;: cette semaine)</translation>
    </message>
    <message>
        <source>United Kingdom: a telecoms ombudsman takes a complaint 8 weeks after you complained in writing (Ofcom proposed 6).</source>
        <translation>Royaume-Uni&#xa0;: un médiateur télécoms (ombudsman) peut être saisi 8 semaines après votre réclamation écrite (l’Ofcom a proposé 6).</translation>
    </message>
    <message>
        <source>UK telecoms &amp;ombudsman after:</source>
        <translation>&amp;Ombudsman télécoms R.-U. après&#xa0;:</translation>
    </message>
    <message>
        <source>Needs attention &amp;within:</source>
        <translation>À traiter &amp;sous&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>There are no cases in this data folder yet.

Create the demo case? It is the true story of a phone sold as free and then billed, with its calls, broken promises and evidence: a quick way to see how Recours keeps a dispute.</source>
        <translation>Ce dossier de données ne contient encore aucun dossier.

Créer le dossier de démonstration&#x202f;? C’est l’histoire vraie d’un téléphone vendu comme gratuit puis facturé, avec ses appels, ses engagements non tenus et ses pièces&#xa0;: un moyen rapide de voir comment Recours suit un litige.</translation>
    </message>
    <message>
        <source>Creating the demo case…</source>
        <translation>Création du dossier de démonstration…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>EmailImportReport</name>
    <message>
        <source>No email imported</source>
        <translation>Aucun courriel importé</translation>
    </message>
    <message>
        <source>1 email imported into “{case}”</source>
        <translation>1 courriel importé dans «&#xa0;{case}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} emails imported into “{case}”</source>
        <translation>{count} courriels importés dans «&#xa0;{case}&#xa0;»</translation>
    </message>
    <message>
        <source>1 already in the case (skipped)</source>
        <translation>1 déjà dans le dossier (ignoré)</translation>
    </message>
    <message>
        <source>{count} already in the case (skipped)</source>
        <translation>{count} déjà dans le dossier (ignorés)</translation>
    </message>
    <message>
        <source>1 file not imported</source>
        <translation>1 fichier non importé</translation>
    </message>
    <message>
        <source>{count} files not imported</source>
        <translation>{count} fichiers non importés</translation>
    </message>
    <message>
        <source>Directions were guessed as incoming: add your addresses in Edit › Preferences.</source>
        <translation>Tous les messages ont été pris comme reçus&#xa0;: ajoutez vos adresses dans Édition › Préférences.</translation>
    </message>
    <message>
        <source>Your own email addresses are not set, so every message was taken as received. Add them in Edit › Preferences, under “All the email addresses you write from”: the next imports will tell the messages you sent. Correct the direction of those already imported with Edit Interaction.</source>
        <translation>Vos propres adresses de courriel ne sont pas indiquées&#xa0;: chaque message a donc été pris comme reçu. Ajoutez-les dans Édition › Préférences, sous «&#xa0;Toutes les adresses de courriel d’où vous écrivez&#xa0;»&#xa0;: les prochaines importations reconnaîtront les messages que vous avez envoyés. Corrigez le sens de ceux déjà importés avec «&#xa0;Modifier l’échange&#xa0;».</translation>
    </message>
    <message>
        <source>{name} — “{summary}”</source>
        <translation>{name} — «&#xa0;{summary}&#xa0;»</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importés&#xa0;:</translation>
    </message>
    <message>
        <source>Imported with warnings:</source>
        <translation>Importés avec des avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Already in the case, skipped:</source>
        <translation>Déjà dans le dossier, ignorés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EmailImportReportDialog</name>
    <message>
        <source>Email Import</source>
        <translation>Importation de courriels</translation>
    </message>
    <message>
        <source>Email import report</source>
        <translation>Compte rendu de l’importation des courriels</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Ce qui a été importé</translation>
    </message>
    <message>
        <source>Directions guessed</source>
        <translation>Sens (reçu ou envoyé) deviné</translation>
    </message>
    <message>
        <source>Details of the import</source>
        <translation>Détails de l’importation</translation>
    </message>
    <message>
        <source>Close the report</source>
        <translation>Fermer le compte rendu</translation>
    </message>
</context>
<context>
    <name>EmailImporter</name>
    <message>
        <source>Looking for emails…</source>
        <translation>Recherche des courriels…</translation>
    </message>
    <message>
        <source>Reading “{name}” ({index} of {count})…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;» ({index} sur {count})…</translation>
    </message>
    <message>
        <source>Importing emails</source>
        <translation>Importation des courriels</translation>
    </message>
    <message>
        <source>Email import cancelled: nothing was imported.</source>
        <translation>Importation des courriels annulée&#xa0;: rien n’a été importé.</translation>
    </message>
    <message>
        <source>Import an email</source>
        <translation>Importer un courriel</translation>
    </message>
    <message>
        <source>Import {count} emails</source>
        <translation>Importer {count} courriels</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Date to remember</source>
        <translation>Date à retenir</translation>
    </message>
    <message>
        <source>{channel}, {direction}</source>
        <translation>{channel}, {direction}</translation>
    </message>
    <message>
        <source>Promise, {state}</source>
        <translation>Engagement, {state}</translation>
    </message>
    <message>
        <source>Letter, {state}</source>
        <translation>Courrier, {state}</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>non tenu</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>en partie tenu</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>reply awaited</source>
        <translation>réponse attendue</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <source>reply late</source>
        <translation>réponse en retard</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Détails de la pièce</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce qu’elle montre</translation>
    </message>
    <message>
        <source>e.g. The invoice billing the phone sold as free</source>
        <translation>p. ex. la facture du téléphone vendu comme gratuit</translation>
    </message>
    <message>
        <source>Date on the document</source>
        <translation>Date figurant sur le document</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>e.g. 60.00</source>
        <translation>p. ex. 60,00</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Came with the interaction</source>
        <translation>Reçue avec l’échange</translation>
    </message>
    <message>
        <source>No interaction</source>
        <translation>Aucun échange</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the fingerprint</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>{type}, {size}, added {added}</source>
        <translation>{type}, {size}, ajouté le {added}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What it shows:</source>
        <translation>Ce qu’elle &amp;montre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mont&amp;ant&#xa0;:</translation>
    </message>
    <message>
        <source>Came &amp;with:</source>
        <translation>&amp;Reçue avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Describe “{name}”</source>
        <translation>Décrire «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvidenceFileActions</name>
    <message>
        <source>Opening “{name}”</source>
        <translation>Ouverture de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>“{name}” is not a document Recours recognises (a PDF, a picture, plain text or an e-mail). It may be a program or contain one: opening it could run it on this computer.

Open it anyway?</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un document que Recours reconnaît (un PDF, une image, du texte brut ou un courriel). Il peut s’agir d’un programme, ou en contenir un&#xa0;: l’ouvrir pourrait l’exécuter sur cet ordinateur.

L’ouvrir quand même&#x202f;?</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Export a copy to open it elsewhere.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre ce type de fichier. Exportez-en une copie pour l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>Export a copy of the evidence</source>
        <translation>Exporter une copie de la pièce</translation>
    </message>
    <message>
        <source>Choose a folder outside the case record&apos;s evidence folder.</source>
        <translation>Choisissez un emplacement en dehors du dossier des pièces de Recours.</translation>
    </message>
    <message>
        <source>Exporting “{name}”</source>
        <translation>Exportation de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Exported a copy to {path}</source>
        <translation>Copie exportée vers {path}</translation>
    </message>
</context>
<context>
    <name>EvidenceImporter</name>
    <message>
        <source>Copying “{name}” ({index} of {count})…</source>
        <translation>Copie de «&#xa0;{name}&#xa0;» ({index} sur {count})…</translation>
    </message>
    <message>
        <source>Adding evidence</source>
        <translation>Ajout de pièces</translation>
    </message>
    <message>
        <source>Adding evidence cancelled: nothing was attached.</source>
        <translation>Ajout de pièces annulé&#xa0;: rien n’a été joint.</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>Joindre «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Attach {count} files</source>
        <translation>Joindre {count} fichiers</translation>
    </message>
    <message>
        <source>No file was attached.</source>
        <translation>Aucun fichier n’a été joint.</translation>
    </message>
    <message>
        <source>1 file was attached, but not all of them.</source>
        <translation>1 fichier a été joint, mais pas les autres.</translation>
    </message>
    <message>
        <source>{count} files were attached, but not all of them.</source>
        <translation>{count} fichiers ont été joints, mais pas tous.</translation>
    </message>
    <message>
        <source>“{name}” is already attached to this case; it is kept once.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà joint à ce dossier&#x202f;; il n’est gardé qu’une fois.</translation>
    </message>
    <message>
        <source>What was not attached</source>
        <translation>Ce qui n’a pas été joint</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>No evidence yet.

Drag files here from your file manager (an invoice, a photo of the parcel), or drop them on a timeline row to tie them to that call or letter. Saved emails (.eml files, or a folder of them) join the timeline, with their attachments as evidence.</source>
        <translation>Aucune pièce pour l’instant.

Faites glisser des fichiers ici depuis votre gestionnaire de fichiers (une facture, une photo du colis), ou déposez-les sur une ligne de la chronologie pour les rattacher à cet appel ou à ce courrier. Les courriels enregistrés (fichiers .eml, ou un répertoire qui en contient) rejoignent la chronologie, et leurs pièces jointes deviennent des pièces.</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Aucune pièce pour l’instant</translation>
    </message>
    <message>
        <source>Add &amp;Evidence Files…</source>
        <translation>&amp;Ajouter des pièces…</translation>
    </message>
    <message>
        <source>Attach files to the case; you can also drop them on the window</source>
        <translation>Joindre des fichiers au dossier&#x202f;; vous pouvez aussi les déposer sur la fenêtre</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Import E&amp;mails…</source>
        <translation>Importer des courrie&amp;ls…</translation>
    </message>
    <message>
        <source>Add saved emails (.eml) to the timeline, their attachments as evidence</source>
        <translation>Ajouter des courriels enregistrés (.eml) à la chronologie, et leurs pièces jointes comme pièces</translation>
    </message>
    <message>
        <source>Import Emails</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Import an Email &amp;Folder…</source>
        <translation>Importer un &amp;répertoire de courriels…</translation>
    </message>
    <message>
        <source>Import every saved email (.eml) of a folder and its subfolders</source>
        <translation>Importer tous les courriels enregistrés (.eml) d’un répertoire et de ses sous-répertoires</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un répertoire</translation>
    </message>
    <message>
        <source>&amp;Open Evidence</source>
        <translation>&amp;Ouvrir la pièce</translation>
    </message>
    <message>
        <source>Show the file in the usual program (Enter or a double click on the list)</source>
        <translation>Afficher le fichier dans le programme habituel (Entrée ou double-clic dans la liste)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>E&amp;xport a Copy…</source>
        <translation>E&amp;xporter une copie…</translation>
    </message>
    <message>
        <source>Save a copy of the file elsewhere; the stored original is not touched</source>
        <translation>Enregistrer une copie du fichier ailleurs&#x202f;; l’original conservé n’est pas modifié</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Evidence &amp;Details…</source>
        <translation>Dé&amp;tails de la pièce…</translation>
    </message>
    <message>
        <source>Say what the file is and shows: kind, date, amount, interaction (F2)</source>
        <translation>Dire ce qu’est le fichier et ce qu’il montre&#xa0;: type, date, montant, échange (F2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation>&amp;Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copy the SHA-256 fingerprint, to compare it or quote it in a letter</source>
        <translation>Copier l’empreinte SHA-256, pour la comparer ou la citer dans un courrier</translation>
    </message>
    <message>
        <source>&amp;Delete Evidence…</source>
        <translation>&amp;Supprimer la pièce…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected file from the case&apos;s evidence (Undo brings it back)</source>
        <translation>Retirer le fichier sélectionné des pièces du dossier (Annuler le fait revenir)</translation>
    </message>
    <message>
        <source>Evidence ({count})</source>
        <translation>Pièces ({count})</translation>
    </message>
    <message>
        <source>Add evidence files to the case</source>
        <translation>Ajouter des pièces au dossier</translation>
    </message>
    <message>
        <source>Import emails into the case</source>
        <translation>Importer des courriels dans le dossier</translation>
    </message>
    <message>
        <source>Saved emails (*.eml);;All files (*)</source>
        <translation>Courriels enregistrés (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of emails into the case</source>
        <translation>Choisir un répertoire de courriels à importer</translation>
    </message>
    <message>
        <source>Fingerprint of “{name}” copied</source>
        <translation>Empreinte de «&#xa0;{name}&#xa0;» copiée</translation>
    </message>
    <message>
        <source>Delete the evidence</source>
        <translation>Supprimer la pièce</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case&apos;s evidence?

Edit › Undo brings it back.</source>
        <translation>Retirer «&#xa0;{name}&#xa0;» des pièces du dossier&#x202f;?

Édition › Annuler la fera revenir.</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Password-protected</source>
        <translation>Protégé par mot de passe</translation>
    </message>
    <message>
        <source>Too large to preview</source>
        <translation>Trop volumineux pour l’aperçu</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datée du</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>The date written on the document</source>
        <translation>La date inscrite sur le document</translation>
    </message>
    <message>
        <source>When the file was added to the case</source>
        <translation>Quand le fichier a été ajouté au dossier</translation>
    </message>
    <message>
        <source>Changes if a single byte of the file changes: it shows the file is the one you added</source>
        <translation>Change si un seul octet du fichier change&#xa0;: elle prouve que le fichier est bien celui que vous avez ajouté</translation>
    </message>
    <message>
        <source>Added {stamp}</source>
        <translation>Ajoutée le {stamp}</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
</context>
<context>
    <name>FocusedDelete</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <source>Chart of the case</source>
        <translation>Graphique du dossier</translation>
    </message>
    <message>
        <source>The list under the chart names everything it shows.</source>
        <translation>La liste sous le graphique reprend tout ce qu’il montre.</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Ce que montre le graphique</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Fit the whole case</source>
        <translation>Ajuster à tout le dossier</translation>
    </message>
    <message>
        <source>Export the chart as an image</source>
        <translation>Exporter le graphique en image</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in on the dates (Ctrl and the wheel)</source>
        <translation>Zoomer sur les dates (Ctrl et la molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole case in the width of the window</source>
        <translation>Afficher tout le dossier dans la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>E&amp;xport Chart as Image…</source>
        <translation>E&amp;xporter le graphique en image…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the case at a glance as a PNG image, to print or to send</source>
        <translation>Enregistrer le dossier en un coup d’œil comme image PNG, pour l’imprimer ou l’envoyer</translation>
    </message>
    <message>
        <source>At a Glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Nothing dated yet: log an interaction or a promise to see the case here.</source>
        <translation>Rien de daté pour l’instant&#xa0;: notez un échange ou un engagement pour voir le dossier ici.</translation>
    </message>
    <message>
        <source>{day} {title} - at a glance.png</source>
        <translation>{day} {title} - en un coup d’œil.png</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Exported the chart to {path}</source>
        <translation>Graphique exporté dans {path}</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>Recours is already open on this data folder:
{folder}

Switch to the window that is already open, or close it and start Recours again.</source>
        <translation>Recours est déjà ouvert sur ce dossier de données&#xa0;:
{folder}

Passez à la fenêtre déjà ouverte, ou fermez-la et relancez Recours.</translation>
    </message>
    <message>
        <source>Recours cannot create its lock file in the data folder:
{folder}

Check that the folder exists and that you are allowed to write in it.</source>
        <translation>Recours ne peut pas créer son fichier de verrou dans le dossier de données&#xa0;:
{folder}

Vérifiez que ce dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
</context>
<context>
    <name>InteractionDetail</name>
    <message>
        <source>Selected interaction</source>
        <translation>Échange sélectionné</translation>
    </message>
    <message>
        <source>Promises made in it</source>
        <translation>Engagements pris lors de cet échange</translation>
    </message>
    <message>
        <source>Promises it settled</source>
        <translation>Engagements dont l’issue a été constatée lors de cet échange</translation>
    </message>
    <message>
        <source>No promise or evidence is linked to this interaction.</source>
        <translation>Aucun engagement ni aucune pièce n’est lié à cet échange.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>{channel}, {direction}</source>
        <translation>{channel}, {direction}</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>dû le {day}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation>Modifier un échange</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Type the first letter of a channel to choose it</source>
        <translation>Tapez la première lettre d’un canal pour le choisir</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With (party)</source>
        <translation>Avec (interlocuteur)</translation>
    </message>
    <message>
        <source>Company, department or person</source>
        <translation>Entreprise, service ou personne</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Personne à qui vous avez parlé</translation>
    </message>
    <message>
        <source>Name or agent number</source>
        <translation>Nom ou matricule du conseiller</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened, in one line (required)</source>
        <translation>Ce qui s’est passé, en une ligne (obligatoire)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What was said, word for word where it matters</source>
        <translation>Ce qui a été dit, mot pour mot quand cela compte</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Ticket, file or letter number</source>
        <translation>N° de ticket, de dossier ou de courrier</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Enter saves, Ctrl+Enter too from the details; Esc cancels.</source>
        <translation>Entrée enregistre, Ctrl+Entrée aussi depuis les détails&#x202f;; Échap annule.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from any field)</source>
        <translation>Enregistrer (Entrée, ou Ctrl+Entrée depuis n’importe quel champ)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;ith:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;tails:</source>
        <translation>&amp;Détails&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;mises made:</source>
        <translation>En&amp;gagements pris&#xa0;:</translation>
    </message>
    <message>
        <source>Promises made in this interaction ({count}) are changed in the Promises tab, not here.</source>
        <translation>Les engagements pris lors de cet échange ({count}) se modifient dans l’onglet Engagements, pas ici.</translation>
    </message>
    <message>
        <source>Promises are recorded and changed in the Promises tab, not here.</source>
        <translation>Les engagements se notent et se modifient dans l’onglet Engagements, pas ici.</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Abandonner ce que vous avez saisi dans ce formulaire&#x202f;?</translation>
    </message>
</context>
<context>
    <name>InteractionEdits</name>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Log an email</source>
        <translation>Noter un courriel</translation>
    </message>
    <message>
        <source>Log a letter</source>
        <translation>Noter un courrier</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Log a chat</source>
        <translation>Noter un tchat</translation>
    </message>
    <message>
        <source>Log a text message</source>
        <translation>Noter un SMS</translation>
    </message>
    <message>
        <source>Log a delivery</source>
        <translation>Noter une livraison</translation>
    </message>
    <message>
        <source>Log a contact through a website</source>
        <translation>Noter un contact par un site web</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>Edit an interaction</source>
        <translation>Modifier un échange</translation>
    </message>
    <message>
        <source>Delete an interaction</source>
        <translation>Supprimer un échange</translation>
    </message>
</context>
<context>
    <name>InteractionTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Porté plus haut</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Tchat</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Partie adverse</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Vendeur</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Service commercial</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Complaints department</source>
        <translation>Service réclamations</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Médiateur</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <source>Partly kept</source>
        <translation>En partie tenu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Union européenne</translation>
    </message>
    <message>
        <source>Telecoms</source>
        <translation>Télécoms</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>Banque</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promis</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Réclamé</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Formal notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <source>Referral to the mediator</source>
        <translation>Saisine du médiateur</translation>
    </message>
    <message>
        <source>Confirmation of a call</source>
        <translation>Confirmation d’un appel</translation>
    </message>
    <message>
        <source>Registered, receipt requested</source>
        <translation>Recommandé avec AR</translation>
    </message>
    <message>
        <source>Electronic registered</source>
        <translation>Recommandé électronique</translation>
    </message>
    <message>
        <source>Tracked</source>
        <translation>Envoi suivi</translation>
    </message>
    <message>
        <source>Ordinary post</source>
        <translation>Lettre simple</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Remise en main propre</translation>
    </message>
</context>
<context>
    <name>LedgerDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LetterChoices</name>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Interactions in the letter</source>
        <translation>Échanges cités dans le courrier</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Promises in the letter</source>
        <translation>Engagements cités dans le courrier</translation>
    </message>
    <message>
        <source>Enclosures</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Evidence enclosed</source>
        <translation>Pièces jointes au courrier</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Legal grounds cited</source>
        <translation>Fondements juridiques cités</translation>
    </message>
</context>
<context>
    <name>LetterOptionsForm</name>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Law that applies</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <source>Date of the letter</source>
        <translation>Date du courrier</translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>If you already have it</source>
        <translation>Si vous l’avez déjà</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Edit Address…</source>
        <translation>Modi&amp;fier l’adresse…</translation>
    </message>
    <message>
        <source>Edit the recipient’s address</source>
        <translation>Modifier l’adresse du destinataire</translation>
    </message>
    <message>
        <source>The postal address the letter is sent to, and the recipient’s other details</source>
        <translation>L’adresse postale où le courrier est envoyé, et les autres coordonnées du destinataire</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;w:</source>
        <translation>D&amp;roit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Sent &amp;by:</source>
        <translation>&amp;Envoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>N° de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Desti&amp;nataire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>N° de suivi</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Posté le</translation>
    </message>
    <message>
        <source>Receipt back</source>
        <translation>Retour AR</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>Non réclamé</translation>
    </message>
    <message>
        <source>Received {day}</source>
        <translation>Reçue le {day}</translation>
    </message>
    <message>
        <source>Late by 1 day</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>Late by {count} days</source>
        <translation>{count} jours de retard</translation>
    </message>
    <message>
        <source>Awaited</source>
        <translation>Attendue</translation>
    </message>
</context>
<context>
    <name>LetterWindow</name>
    <message>
        <source>Write a letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <source>Paragraphs of the letter</source>
        <translation>Paragraphes du courrier</translation>
    </message>
    <message>
        <source>Text of the selected paragraph</source>
        <translation>Texte du paragraphe sélectionné</translation>
    </message>
    <message>
        <source>Select a paragraph to rewrite it.</source>
        <translation>Sélectionnez un paragraphe pour le réécrire.</translation>
    </message>
    <message>
        <source>Restore &amp;Generated Text</source>
        <translation>Rétablir le texte &amp;généré</translation>
    </message>
    <message>
        <source>Restore the generated text</source>
        <translation>Rétablir le texte généré</translation>
    </message>
    <message>
        <source>Things to check before sending</source>
        <translation>À vérifier avant l’envoi</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <source>State of the preview</source>
        <translation>État de l’aperçu</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Record as Sent…</source>
        <translation>&amp;Marquer comme envoyé…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Letter te&amp;xt:</source>
        <translation>Te&amp;xte du courrier&#xa0;:</translation>
    </message>
    <message>
        <source>Selected p&amp;aragraph:</source>
        <translation>P&amp;aragraphe sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <source>1 page, enclosures included</source>
        <translation>1 page, pièces jointes comprises</translation>
    </message>
    <message>
        <source>{count} pages, enclosures included</source>
        <translation>{count} pages, pièces jointes comprises</translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>L’aperçu a échoué.</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Record this {kind} as sent on {date} ({mode})? It goes on the case&apos;s timeline with the PDF as evidence, and Recours will follow its reply deadline.</source>
        <translation>Marquer ce courrier ({kind}) comme envoyé le {date} ({mode})&#x202f;? Il rejoint la chronologie du dossier avec le PDF comme pièce, et Recours suivra son délai de réponse.</translation>
    </message>
    <message>
        <source>Record as Sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>Preparing the letter to record…</source>
        <translation>Préparation du courrier à enregistrer…</translation>
    </message>
    <message>
        <source>Record a letter as sent</source>
        <translation>Marquer un courrier comme envoyé</translation>
    </message>
    <message>
        <source>Recorded on the case.</source>
        <translation>Noté dans le dossier.</translation>
    </message>
    <message>
        <source>Close the letter</source>
        <translation>Fermer le courrier</translation>
    </message>
    <message>
        <source>Close without recording? Your changes to the text will be lost.</source>
        <translation>Fermer sans marquer le courrier comme envoyé&#x202f;? Vos modifications du texte seront perdues.</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Letters sent</source>
        <translation>Courriers envoyés</translation>
    </message>
    <message>
        <source>&amp;Write a Letter…</source>
        <translation>&amp;Rédiger un courrier…</translation>
    </message>
    <message>
        <source>A complaint, a reminder, a formal notice... built from this case</source>
        <translation>Une réclamation, une relance, une mise en demeure… rédigée à partir de ce dossier</translation>
    </message>
    <message>
        <source>Sending and &amp;Reply…</source>
        <translation>Envoi et ré&amp;ponse…</translation>
    </message>
    <message>
        <source>When the selected letter was posted, its receipt, and the reply</source>
        <translation>Quand le courrier sélectionné a été posté, son accusé de réception et la réponse</translation>
    </message>
    <message>
        <source>Open Letter &amp;Again…</source>
        <translation>Rou&amp;vrir le courrier…</translation>
    </message>
    <message>
        <source>Open the selected letter in the letter window, to print or change it</source>
        <translation>Ouvrir le courrier sélectionné dans la fenêtre de rédaction, pour l’imprimer ou le modifier</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Rédiger un courrier</translation>
    </message>
    <message>
        <source>No letter yet.

Write a Letter… builds a complaint, a reminder or a formal notice from this case: what happened, the promises broken, what you ask for and the law that applies. Once it is posted, record it as sent: the case then follows the reply it is owed.</source>
        <translation>Aucun courrier pour l’instant.

Rédiger un courrier… prépare une réclamation, une relance ou une mise en demeure à partir de ce dossier&#xa0;: ce qui s’est passé, les engagements non tenus, ce que vous demandez et le droit applicable. Une fois le courrier posté, marquez-le comme envoyé&#xa0;: le dossier suit alors la réponse qui vous est due.</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Aucun courrier pour l’instant</translation>
    </message>
    <message>
        <source>Letters ({count})</source>
        <translation>Courriers ({count})</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>(none)</source>
        <translation>(aucun lien)</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Opening the case record…</source>
        <translation>Ouverture du fichier des dossiers…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in All Cases…</source>
        <translation>Re&amp;chercher dans tous les dossiers…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Read the case record again, with changes made from the command line</source>
        <translation>Relire le fichier des dossiers, avec les modifications faites en ligne de commande</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>Changer le s&amp;tatut</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler&#xa0;: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir&#xa0;: {action}</translation>
    </message>
    <message>
        <source>The case record could not be opened.</source>
        <translation>Le fichier des dossiers n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>{case} — {app}</source>
        <translation>{case} — {app}</translation>
    </message>
    <message>
        <source>Select a case to see its record.</source>
        <translation>Sélectionnez un dossier pour en voir le contenu.</translation>
    </message>
    <message>
        <source>There are no cases yet.

Start one with Case › New Case ({shortcut}). Cases added from the command line (recours new-case) appear here after View › Reload.</source>
        <translation>Il n’y a encore aucun dossier.

Créez-en un avec Dossier › Nouveau dossier ({shortcut}). Les dossiers créés en ligne de commande (recours new-case) apparaissent ici après Affichage › Recharger.</translation>
    </message>
</context>
<context>
    <name>MomentInput</name>
    <message>
        <source>e.g. now, yesterday 14:05, 14/03/2026 9:30</source>
        <translation>p. ex. maintenant, hier 14:05, 14/03/2026 9:30</translation>
    </message>
</context>
<context>
    <name>MoneyLineDialog</name>
    <message>
        <source>Add an amount</source>
        <translation>Ajouter un montant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Edit the amount</source>
        <translation>Modifier le montant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>p. ex. 12,50</translation>
    </message>
    <message>
        <source>Amount, understood as</source>
        <translation>Montant, compris comme</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>e.g. Partial refund of the invoice</source>
        <translation>p. ex. remboursement partiel de la facture</translation>
    </message>
    <message>
        <source>Linked interaction</source>
        <translation>Échange lié</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Pièce liée</translation>
    </message>
    <message>
        <source>Linked promise</source>
        <translation>Engagement lié</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Na&amp;ture&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>É&amp;change&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Pièce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>E&amp;ngagement&#xa0;:</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>pas un montant</translation>
    </message>
    <message>
        <source>Edit an amount</source>
        <translation>Modifier un montant</translation>
    </message>
</context>
<context>
    <name>MoneyTab</name>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Add &amp;Amount…</source>
        <translation>&amp;Ajouter un montant…</translation>
    </message>
    <message>
        <source>Add Amount</source>
        <translation>Ajouter un montant</translation>
    </message>
    <message>
        <source>Record an amount promised, billed, paid, refunded or claimed</source>
        <translation>Noter un montant promis, facturé, payé, remboursé ou réclamé</translation>
    </message>
    <message>
        <source>&amp;Edit Amount…</source>
        <translation>&amp;Modifier le montant…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the selected amount</source>
        <translation>Modifier le montant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete Amount…</source>
        <translation>&amp;Supprimer le montant…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected amount</source>
        <translation>Supprimer le montant sélectionné</translation>
    </message>
    <message>
        <source>Money ({count})</source>
        <translation>Montants ({count})</translation>
    </message>
    <message>
        <source>Delete the amount</source>
        <translation>Supprimer le montant</translation>
    </message>
    <message>
        <source>Delete the amount “{amount}”?

Edit › Undo brings it back.</source>
        <translation>Supprimer le montant «&#xa0;{amount}&#xa0;»&#x202f;?

Édition › Annuler le fait revenir.</translation>
    </message>
    <message>
        <source>Delete an amount</source>
        <translation>Supprimer un montant</translation>
    </message>
</context>
<context>
    <name>MoneyTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Objet</translation>
    </message>
</context>
<context>
    <name>MoneyTotals</name>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>No amounts yet.</source>
        <translation>Aucun montant pour l’instant.</translation>
    </message>
    <message>
        <source>Billed minus promised</source>
        <translation>Facturé moins promis</translation>
    </message>
    <message>
        <source>In dispute</source>
        <translation>En litige</translation>
    </message>
    <message>
        <source>The amount claimed when one is stated; otherwise what was billed beyond what was promised. Refunds received come off.</source>
        <translation>Le montant réclamé quand il est indiqué&#x202f;; sinon, ce qui a été facturé au-delà de ce qui était promis. Les remboursements reçus sont déduits.</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>Points de fidélité</translation>
    </message>
    <message>
        <source>{row}, {currency}</source>
        <translation>{row}, {currency}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Source: {source}, not yet checked by a lawyer.</source>
        <translation>Source&#xa0;: {source}, pas encore vérifiée par un juriste.</translation>
    </message>
    <message>
        <source>Ombudsman: last day to refer the case</source>
        <translation>Ombudsman&#xa0;: dernier jour pour le saisir</translation>
    </message>
    <message>
        <source>Ombudsman: the case can be referred</source>
        <translation>Ombudsman&#xa0;: vous pouvez le saisir</translation>
    </message>
    <message>
        <source>Mediator: last day to refer the case</source>
        <translation>Médiateur&#xa0;: dernier jour pour le saisir</translation>
    </message>
    <message>
        <source>Mediator: the case can be referred</source>
        <translation>Médiateur&#xa0;: vous pouvez le saisir</translation>
    </message>
    <message>
        <source>Promise: {promise}</source>
        <translation>Engagement&#xa0;: {promise}</translation>
    </message>
    <message>
        <source>Reply to “{letter}”</source>
        <translation>Réponse à «&#xa0;{letter}&#xa0;»</translation>
    </message>
    <message>
        <source>Send a written complaint</source>
        <translation>Envoyer une réclamation écrite</translation>
    </message>
    <message>
        <source>The company’s answer</source>
        <translation>La réponse de l’entreprise</translation>
    </message>
    <message>
        <source>Delivery of your order</source>
        <translation>La livraison de votre commande</translation>
    </message>
    <message>
        <source>Next level of complaint</source>
        <translation>Étape suivante de la réclamation</translation>
    </message>
    <message>
        <source>Last day to withdraw</source>
        <translation>Dernier jour pour vous rétracter</translation>
    </message>
    <message>
        <source>Last day to act</source>
        <translation>Dernier jour pour agir</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Depuis le {day}</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>{count} jours de retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In {count} days</source>
        <translation>Dans {count} jours</translation>
    </message>
</context>
<context>
    <name>NextStepsController</name>
    <message>
        <source>{what} — {case}, {when}</source>
        <translation>{what} — {case}, {when}</translation>
    </message>
    <message>
        <source>{app}: {count}</source>
        <translation>{app}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>1 thing needs your attention</source>
        <translation>1 point demande votre attention</translation>
    </message>
    <message>
        <source>{count} things need your attention</source>
        <translation>{count} points demandent votre attention</translation>
    </message>
    <message>
        <source>{what} ({case})</source>
        <translation>{what} ({case})</translation>
    </message>
    <message>
        <source>{items} and {count} more</source>
        <translation>{items} et {count} autres</translation>
    </message>
    <message>
        <source>{count}: {items}</source>
        <translation>{count}&#xa0;: {items}</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Daily notice</source>
        <translation>Avis du jour</translation>
    </message>
    <message>
        <source>What needs your attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Aff&amp;icher</translation>
    </message>
    <message>
        <source>Show what needs attention</source>
        <translation>Afficher ce qui est à traiter</translation>
    </message>
    <message>
        <source>Show the list of what needs attention</source>
        <translation>Afficher la liste de ce qui est à traiter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Put this notice away until something new is due</source>
        <translation>Masquer cet avis jusqu’à la prochaine nouvelle échéance</translation>
    </message>
</context>
<context>
    <name>ParagraphModel</name>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>How it is sent</source>
        <translation>Mode d’envoi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Formule d’appel</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>Fact, date line</source>
        <translation>Fait, ligne de date</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>{section}, line {row}: {column}</source>
        <translation>{section}, ligne {row}&#xa0;: {column}</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Formule de politesse</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Enclosure {number}</source>
        <translation>Pièce jointe {number}</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (texte modifié)</translation>
    </message>
    <message>
        <source>{piece}: {text}</source>
        <translation>{piece}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Contact details of {name}</source>
        <translation>Coordonnées de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Enter, or Ctrl+Enter from any field)</source>
        <translation>Enregistrer (Entrée, ou Ctrl+Entrée depuis n’importe quel champ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Street, postcode and town, on lines</source>
        <translation>Rue, code postal et ville, sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse de courriel</translation>
    </message>
    <message>
        <source>e.g. complaints@example.com</source>
        <translation>p. ex. reclamations@exemple.fr</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Courrie&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the directory: every case with {name} shares these details, and letters to {name} are addressed to this postal address.</source>
        <translation>Conservées dans l’annuaire&#xa0;: chaque dossier avec {name} partage ces coordonnées, et les courriers à {name} sont envoyés à cette adresse postale.</translation>
    </message>
    <message>
        <source>Edit the details of {name}</source>
        <translation>Modifier les coordonnées de «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PartyPicker</name>
    <message>
        <source>{name} joins the directory when the case is saved: then give its details</source>
        <translation>{name} rejoindra l’annuaire à l’enregistrement du dossier&#xa0;: donnez ensuite ses coordonnées</translation>
    </message>
</context>
<context>
    <name>PartyRolesEditor</name>
    <message>
        <source>Party</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Coordonnées…</translation>
    </message>
    <message>
        <source>Contact details of the party in row {number}</source>
        <translation>Coordonnées de l’interlocuteur de la ligne {number}</translation>
    </message>
    <message>
        <source>The postal address, email, phone and website of {name}</source>
        <translation>{name}&#xa0;: adresse postale, courriel, téléphone et site web</translation>
    </message>
    <message>
        <source>Choose the party first</source>
        <translation>Choisissez d’abord l’interlocuteur</translation>
    </message>
    <message>
        <source>Add &amp;Party</source>
        <translation>Ajouter un &amp;interlocuteur</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Ajouter un interlocuteur</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your details as they appear on your letters. New cases start with them; a case kept for someone else can carry theirs.</source>
        <translation>Vos coordonnées telles qu’elles figurent sur vos courriers. Les nouveaux dossiers les reprennent&#x202f;; un dossier tenu pour quelqu’un d’autre peut porter les siennes.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your email addresses</source>
        <translation>Vos adresses de courriel</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>Une adresse par ligne</translation>
    </message>
    <message>
        <source>Mail from these addresses is yours (outgoing); mail to them is incoming</source>
        <translation>Un courriel venant de ces adresses est de vous (envoyé)&#x202f;; un courriel qui leur est adressé est reçu</translation>
    </message>
    <message>
        <source>&amp;All the email addresses you write from:</source>
        <translation>Toutes les adresses de courriel d’où vous écri&amp;vez&#xa0;:</translation>
    </message>
    <message>
        <source>Default jurisdiction</source>
        <translation>Droit applicable par défaut</translation>
    </message>
    <message>
        <source>Default language of letters</source>
        <translation>Langue des courriers par défaut</translation>
    </message>
    <message>
        <source>New Cases</source>
        <translation>Nouveaux dossiers</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>Droit applica&amp;ble&#xa0;:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>Courriers &amp;rédigés en&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The new language applies the next time Recours starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Recours.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Enregistrer les préférences</translation>
    </message>
    <message>
        <source>Cancel, changing nothing</source>
        <translation>Annuler sans rien changer</translation>
    </message>
    <message>
        <source>“{address}” is not an email address.</source>
        <translation>«&#xa0;{address}&#xa0;» n’est pas une adresse de courriel.</translation>
    </message>
</context>
<context>
    <name>ProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Add a promise</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Edit the promise</source>
        <translation>Modifier l’engagement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Ce qui a été promis</translation>
    </message>
    <message>
        <source>e.g. A refund of €60 within 10 days</source>
        <translation>p. ex. un remboursement de 60&#xa0;€ sous 10 jours</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dû le</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>Person who made it</source>
        <translation>Personne qui l’a pris</translation>
    </message>
    <message>
        <source>Name or id of the agent, if known</source>
        <translation>Nom ou identifiant du conseiller, si vous le connaissez</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Pris lors de</translation>
    </message>
    <message>
        <source>Not in a logged interaction (a contract, a letter…)</source>
        <translation>Hors des échanges notés (un contrat, un courrier…)</translation>
    </message>
    <message>
        <source>&amp;Promise:</source>
        <translation>En&amp;gagement&#xa0;:</translation>
    </message>
    <message>
        <source>Made &amp;on:</source>
        <translation>Pris &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Dû le&#xa0;:</translation>
    </message>
    <message>
        <source>Made &amp;by:</source>
        <translation>Pris &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Per&amp;sonne&#xa0;:</translation>
    </message>
    <message>
        <source>Made &amp;in:</source>
        <translation>Pris l&amp;ors de&#xa0;:</translation>
    </message>
    <message>
        <source>Edit a promise</source>
        <translation>Modifier un engagement</translation>
    </message>
</context>
<context>
    <name>PromiseHistoryPanel</name>
    <message>
        <source>History of the selected promise</source>
        <translation>Historique de l’engagement sélectionné</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Made by {maker}</source>
        <translation>Pris par {maker}</translation>
    </message>
    <message>
        <source>Made in: {interaction}</source>
        <translation>Pris lors de l’échange&#xa0;: {interaction}</translation>
    </message>
    <message>
        <source>Not made in a logged interaction</source>
        <translation>Pris en dehors de tout échange noté</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Dû le {day}</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>overdue by {count} days</source>
        <translation>{count} jours de retard</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Pending again</source>
        <translation>De nouveau en attente</translation>
    </message>
    <message>
        <source>Shown in: {interaction}</source>
        <translation>Constaté lors de l’échange&#xa0;: {interaction}</translation>
    </message>
    <message>
        <source>Evidence: {name}</source>
        <translation>Pièce&#xa0;: {name}</translation>
    </message>
    <message>
        <source>recorded {moment}</source>
        <translation>noté le {moment}</translation>
    </message>
</context>
<context>
    <name>PromiseRows</name>
    <message>
        <source>What was promised, e.g. a refund of €60</source>
        <translation>Ce qui a été promis, p. ex. un remboursement de 60&#xa0;€</translation>
    </message>
    <message>
        <source>Promise {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <source>Promise {number} due</source>
        <translation>Échéance de l’engagement {number}</translation>
    </message>
    <message>
        <source>Due: in 3 days…</source>
        <translation>Échéance&#xa0;: dans 3 jours…</translation>
    </message>
    <message>
        <source>Remove promise {number}</source>
        <translation>Retirer l’engagement {number}</translation>
    </message>
    <message>
        <source>Remove this promise (or leave it empty)</source>
        <translation>Retirer cet engagement (ou le laisser vide)</translation>
    </message>
    <message>
        <source>{field}, understood as</source>
        <translation>{field}, compris comme</translation>
    </message>
</context>
<context>
    <name>PromiseTableModel</name>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d’un jour</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>En retard de {count} jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Dû aujourd’hui</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Pris par</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Pris lors de</translation>
    </message>
    <message>
        <source>The interaction the promise was made in</source>
        <translation>L’échange au cours duquel l’engagement a été pris</translation>
    </message>
    <message>
        <source>Still pending, due {day}</source>
        <translation>Toujours en attente, dû le {day}</translation>
    </message>
    <message>
        <source>{status} on {day}</source>
        <translation>{status} le {day}</translation>
    </message>
    <message>
        <source>{settled}: {note}</source>
        <translation>{settled}&#xa0;: {note}</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Add &amp;Promise…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Add Promise</source>
        <translation>Ajouter un engagement</translation>
    </message>
    <message>
        <source>Record a promise not made in a logged interaction (a contract, a letter)</source>
        <translation>Noter un engagement qui n’a pas été pris lors d’un échange noté (contrat, courrier)</translation>
    </message>
    <message>
        <source>&amp;Edit Promise…</source>
        <translation>Modifier l’&amp;engagement…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the wording, who made it, when, and by when</source>
        <translation>Modifier le libellé, son auteur, sa date et son échéance</translation>
    </message>
    <message>
        <source>Mark Promise &amp;Kept…</source>
        <translation>Marquer l’engagement &amp;tenu…</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <source>The promise was kept: say when, and what shows it</source>
        <translation>L’engagement a été tenu&#xa0;: indiquez quand, et ce qui le montre</translation>
    </message>
    <message>
        <source>Mark Promise &amp;Broken…</source>
        <translation>Marquer l’engagement n&amp;on tenu…</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <source>The promise was broken: say when, and what shows it</source>
        <translation>L’engagement n’a pas été tenu&#xa0;: indiquez quand, et ce qui le montre</translation>
    </message>
    <message>
        <source>&amp;What Came of the Promise…</source>
        <translation>&amp;Issue de l’engagement…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Mark the promise kept, broken, partly kept, withdrawn or pending again</source>
        <translation>Marquer l’engagement tenu, non tenu, en partie tenu, retiré ou de nouveau en attente</translation>
    </message>
    <message>
        <source>&amp;Delete Promise…</source>
        <translation>Su&amp;pprimer l’engagement…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected promise and its history</source>
        <translation>Supprimer l’engagement sélectionné et son historique</translation>
    </message>
    <message>
        <source>Promises ({count})</source>
        <translation>Engagements ({count})</translation>
    </message>
    <message>
        <source>No promises yet. Promises made on the phone are recorded while logging the call; others (a contract, a letter) with Add Promise…</source>
        <translation>Aucun engagement pour l’instant. Ceux pris au téléphone s’enregistrent en notant l’appel&#x202f;; les autres (un contrat, un courrier) avec Ajouter un engagement…</translation>
    </message>
    <message>
        <source>Select a promise to see its history.</source>
        <translation>Sélectionnez un engagement pour voir son historique.</translation>
    </message>
    <message>
        <source>Delete the promise</source>
        <translation>Supprimer l’engagement</translation>
    </message>
    <message>
        <source>Delete the promise “{promise}” and its history?

Edit › Undo brings it back.</source>
        <translation>Supprimer l’engagement «&#xa0;{promise}&#xa0;» et son historique&#x202f;?

Édition › Annuler permet de le récupérer.</translation>
    </message>
    <message>
        <source>Delete a promise</source>
        <translation>Supprimer un engagement</translation>
    </message>
</context>
<context>
    <name>ReadBackInput</name>
    <message>
        <source>{field}, understood as</source>
        <translation>{field}, compris comme</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
</context>
<context>
    <name>RecordGuard</name>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restored the backup taken {when}.</source>
        <translation>La sauvegarde faite le {when} a été restaurée.</translation>
    </message>
    <message>
        <source>The record it replaced is kept as {path}.</source>
        <translation>L’ancien fichier des dossiers est conservé sous {path}.</translation>
    </message>
    <message>
        <source>Nothing was changed. The data folder is {folder}: copy it somewhere safe before trying anything else. To put a backup back later, choose File › Restore a Backup…, or run “recours restore” in a terminal; “recours check” says what is wrong. Whoever helps you will need that folder.</source>
        <translation>Rien n’a été modifié. Le dossier de données est {folder}&#xa0;: copiez-le en lieu sûr avant toute autre tentative. Pour remettre une sauvegarde en place plus tard, choisissez Fichier › Restaurer une sauvegarde…, ou lancez «&#xa0;recours restore&#xa0;» dans un terminal&#x202f;; «&#xa0;recours check&#xa0;» indique ce qui ne va pas. La personne qui vous aidera aura besoin de ce dossier.</translation>
    </message>
    <message>
        <source>The case record {path} is damaged (SQLite reports “{detail}”), and there is no backup of it to put back.</source>
        <translation>Le fichier des dossiers {path} est endommagé (SQLite signale «&#xa0;{detail}&#xa0;»), et il n’en existe aucune sauvegarde à remettre en place.</translation>
    </message>
</context>
<context>
    <name>ReferencesEditor</name>
    <message>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Numéro de contrat</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numéro de commande</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Line number</source>
        <translation>Numéro de ligne</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>Numéro de ticket</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Complaint number</source>
        <translation>Numéro de réclamation</translation>
    </message>
    <message>
        <source>Reference label</source>
        <translation>Libellé de la référence</translation>
    </message>
    <message>
        <source>e.g. Customer number</source>
        <translation>p. ex. Numéro client</translation>
    </message>
    <message>
        <source>Reference value</source>
        <translation>Valeur de la référence</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add &amp;Reference</source>
        <translation>Ajouter une &amp;référence</translation>
    </message>
    <message>
        <source>Add a reference</source>
        <translation>Ajouter une référence</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove row {number}</source>
        <translation>Retirer la ligne {number}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move row {number} up</source>
        <translation>Monter la ligne {number}</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move row {number} down</source>
        <translation>Descendre la ligne {number}</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search all cases</source>
        <translation>Rechercher dans tous les dossiers</translation>
    </message>
    <message>
        <source>Words found in any case: titles, interactions, promises, files</source>
        <translation>Cherche les mots dans tous les dossiers&#xa0;: titres, échanges, engagements, pièces</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No search result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Aucun résultat pour «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
</context>
<context>
    <name>SenderForm</name>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Nom de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender&apos;s postal address</source>
        <translation>Adresse postale de l’expéditeur</translation>
    </message>
    <message>
        <source>Street, postcode and town, on lines</source>
        <translation>Rue, code postal et ville, sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Sender&apos;s email address</source>
        <translation>Adresse de courriel de l’expéditeur</translation>
    </message>
    <message>
        <source>Sender&apos;s phone number</source>
        <translation>Téléphone de l’expéditeur</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Emai&amp;l:</source>
        <translation>Courrie&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SendingDialog</name>
    <message>
        <source>Sending and Reply</source>
        <translation>Envoi et réponse</translation>
    </message>
    <message>
        <source>{kind} of {date}, sent by {mode}</source>
        <translation>{kind} du {date}, envoi&#xa0;: {mode}</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
    <message>
        <source>Posted on</source>
        <translation>Posté le</translation>
    </message>
    <message>
        <source>Receipt returned on</source>
        <translation>Accusé de réception retourné le</translation>
    </message>
    <message>
        <source>Returned unclaimed</source>
        <translation>Retourné non réclamé</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>Numéro de &amp;suivi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Posted on:</source>
        <translation>&amp;Posté le&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt &amp;returned on:</source>
        <translation>Accusé de réception &amp;retourné le&#xa0;:</translation>
    </message>
    <message>
        <source>Reply received &amp;on:</source>
        <translation>Réponse reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Update the sending of a letter</source>
        <translation>Mettre à jour l’envoi d’un courrier</translation>
    </message>
</context>
<context>
    <name>SettlePromiseDialog</name>
    <message>
        <source>What came of the promise</source>
        <translation>Ce qu’il est advenu de l’engagement</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>«&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Recorded so far</source>
        <translation>Noté jusqu’ici</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>&amp;Kept</source>
        <translation>&amp;Tenu</translation>
    </message>
    <message>
        <source>&amp;Broken</source>
        <translation>&amp;Non tenu</translation>
    </message>
    <message>
        <source>Pa&amp;rtly kept</source>
        <translation>En &amp;partie tenu</translation>
    </message>
    <message>
        <source>&amp;Withdrawn</source>
        <translation>&amp;Retiré</translation>
    </message>
    <message>
        <source>Still &amp;pending</source>
        <translation>Toujours en &amp;attente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shown in interaction</source>
        <translation>Constaté lors de l’échange</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. Invoice of €60 found in the parcel</source>
        <translation>p. ex. facture de 60 € trouvée dans le colis</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Shown in &amp;interaction:</source>
        <translation>&amp;Constaté lors de l’échange&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>P&amp;ièce&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded so far: {status}</source>
        <translation>Noté jusqu’ici&#xa0;: {status}</translation>
    </message>
    <message>
        <source>Recorded so far: {status} on {day}</source>
        <translation>Noté jusqu’ici&#xa0;: {status} le {day}</translation>
    </message>
    <message>
        <source>Mark promise kept</source>
        <translation>Marquer l’engagement comme tenu</translation>
    </message>
    <message>
        <source>Mark promise broken</source>
        <translation>Marquer l’engagement comme non tenu</translation>
    </message>
    <message>
        <source>Mark promise partly kept</source>
        <translation>Marquer l’engagement comme en partie tenu</translation>
    </message>
    <message>
        <source>Mark promise withdrawn</source>
        <translation>Marquer l’engagement comme retiré</translation>
    </message>
    <message>
        <source>Mark promise pending again</source>
        <translation>Remettre l’engagement en attente</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Warning about the data folder</source>
        <translation>Avertissement sur le dossier de données</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>&lt;p&gt;SQLite, which keeps the case record, relies on the disk to lock the database while it writes and to keep its journal beside it.&lt;/p&gt;&lt;p&gt;Network drives do not lock reliably. Sync services copy the database in the middle of a write, without its journal, and may bring back an older copy after a conflict. Either can damage the record.&lt;/p&gt;&lt;p&gt;Keep the data folder on a local disk of this computer (start Recours with --data-dir, or set RECOURS_DATA_DIR). Recours makes its own backups in the data folder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SQLite, qui tient le fichier des dossiers, compte sur le disque pour verrouiller la base pendant qu’il écrit et pour garder son journal à côté d’elle.&lt;/p&gt;&lt;p&gt;Les lecteurs réseau ne verrouillent pas de façon fiable. Les services de synchronisation copient la base au milieu d’une écriture, sans son journal, et peuvent ramener une copie plus ancienne après un conflit. Dans les deux cas, le fichier des dossiers peut être endommagé.&lt;/p&gt;&lt;p&gt;Gardez le dossier de données sur un disque local de cet ordinateur (lancez Recours avec --data-dir, ou définissez RECOURS_DATA_DIR). Recours fait ses propres sauvegardes dans le dossier de données.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dismiss this warning for this data folder</source>
        <translation>Ne plus afficher cet avertissement pour ce dossier de données</translation>
    </message>
    <message>
        <source>Dismiss the warning</source>
        <translation>Masquer l’avertissement</translation>
    </message>
</context>
<context>
    <name>TextIndexer</name>
    <message>
        <source>The text inside the evidence files could not be read for the search: {reason}</source>
        <translation>Le texte des fichiers de pièces n’a pas pu être lu pour la recherche&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The text inside the evidence files could not be read for the search.</source>
        <translation>Le texte des fichiers de pièces n’a pas pu être lu pour la recherche.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Show the channel</source>
        <translation>Canal affiché</translation>
    </message>
    <message>
        <source>Show only the interactions of one channel</source>
        <translation>N’afficher que les échanges d’un canal</translation>
    </message>
    <message>
        <source>Show the party</source>
        <translation>Interlocuteur affiché</translation>
    </message>
    <message>
        <source>Show only the interactions with one party</source>
        <translation>N’afficher que les échanges avec un interlocuteur</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>A&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All parties</source>
        <translation>Tous les interlocuteurs</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Log an interaction</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <source>&amp;Log Interaction…</source>
        <translation>Noter un éc&amp;hange…</translation>
    </message>
    <message>
        <source>Note a call, email, letter or visit, and the promises made in it</source>
        <translation>Noter un appel, un courriel, un courrier ou une visite, et les engagements pris à cette occasion</translation>
    </message>
    <message>
        <source>&amp;Edit Interaction…</source>
        <translation>Modifier l’échan&amp;ge…</translation>
    </message>
    <message>
        <source>Correct the selected interaction (F2)</source>
        <translation>Corriger l’échange sélectionné (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete Interaction…</source>
        <translation>Su&amp;pprimer l’échange…</translation>
    </message>
    <message>
        <source>Remove the selected interaction; its promises and evidence stay</source>
        <translation>Supprimer l’échange sélectionné&#x202f;; ses engagements et ses pièces restent</translation>
    </message>
    <message>
        <source>Timeline ({shown} of {total})</source>
        <translation>Chronologie ({shown} sur {total})</translation>
    </message>
    <message>
        <source>Timeline ({count})</source>
        <translation>Chronologie ({count})</translation>
    </message>
    <message>
        <source>No interaction to show. Press Enter to log one.</source>
        <translation>Aucun échange à afficher. Appuyez sur Entrée pour en noter un.</translation>
    </message>
    <message>
        <source>Interactions shown: {count}, from {first} to {last}. Select one to see it in full, or press Enter to log a new one.</source>
        <translation>Échanges affichés&#xa0;: {count}, du {first} au {last}. Sélectionnez-en un pour le voir en entier, ou appuyez sur Entrée pour en noter un nouveau.</translation>
    </message>
    <message>
        <source>Delete the interaction “{summary}” of {when}?</source>
        <translation>Supprimer l’échange «&#xa0;{summary}&#xa0;» du {when}&#x202f;?</translation>
    </message>
    <message>
        <source>The promises and evidence recorded with it stay in the case, no longer linked to it.</source>
        <translation>Les engagements et les pièces notés avec lui restent dans le dossier, mais ne lui sont plus liés.</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Supprimer l’échange</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli&#xa0;: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annulé&#xa0;: {action}</translation>
    </message>
</context>
</TS>
