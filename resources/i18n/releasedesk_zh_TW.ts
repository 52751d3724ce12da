<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BilingualEdit</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>職稱(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>單位(&amp;U)</translation>
    </message>
    <message>
        <source>王小明</source>
        <translation>王小明</translation>
    </message>
    <message>
        <source>Wang Hsiao-ming</source>
        <translation>Wang Hsiao-ming</translation>
    </message>
    <message>
        <source>&amp;Office phone</source>
        <translation>辦公室電話(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Mobile</source>
        <translation>手機(&amp;M)</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. SMEA press team, 財經記者</source>
        <translation>以逗號分隔，例如：中小企業署新聞組, 財經記者</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>標籤(&amp;G)</translation>
    </message>
    <message>
        <source>Office phone may be &amp;printed in releases</source>
        <translation>新聞稿可印出辦公室電話(&amp;P)</translation>
    </message>
    <message>
        <source>Mobile may be printed in re&amp;leases</source>
        <translation>新聞稿可印出手機號碼(&amp;L)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>備註(&amp;T)</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>最後更新</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未儲存</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>Name (zh)</source>
        <translation>姓名（中）</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>姓名（英）</translation>
    </message>
    <message>
        <source>Title (zh)</source>
        <translation>職稱（中）</translation>
    </message>
    <message>
        <source>Title (en)</source>
        <translation>職稱（英）</translation>
    </message>
    <message>
        <source>Unit (zh)</source>
        <translation>單位（中）</translation>
    </message>
    <message>
        <source>Unit (en)</source>
        <translation>單位（英）</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>辦公室電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Print office</source>
        <translation>印出電話</translation>
    </message>
    <message>
        <source>Print mobile</source>
        <translation>印出手機</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>新增聯絡人(&amp;A)</translation>
    </message>
    <message>
        <source>Add an empty contact row</source>
        <translation>新增一列空白聯絡人</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>移除選取的聯絡人</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Print this contact earlier</source>
        <translation>將此聯絡人排在前面</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Print this contact later</source>
        <translation>將此聯絡人排在後面</translation>
    </message>
    <message>
        <source>Changed in the directory since it was added</source>
        <translation>加入後，通訊錄中的資料已有更新</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Contact directory</source>
        <translation>聯絡人通訊錄</translation>
    </message>
    <message>
        <source>Search names, titles, units, numbers, e-mail, tags (中文 or English)</source>
        <translation>搜尋姓名、職稱、單位、電話、電子郵件、標籤（中英文皆可）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>還原(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>新增聯絡人(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>匯入 vCard(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport vCards…</source>
        <translation>匯出 vCard(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the contacts listed (all of them when the search is empty)</source>
        <translation>匯出目前列出的聯絡人（未搜尋時匯出全部）</translation>
    </message>
    <message>
        <source>&amp;Add to release</source>
        <translation>加入新聞稿(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selected contacts into the release (Enter in the list)</source>
        <translation>將選取的聯絡人複製到新聞稿（在清單中按 Enter）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the contact a name or an e-mail address first.</source>
        <translation>請先填寫聯絡人的姓名或電子郵件。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>%1

Save your version anyway?</source>
        <translation>%1

仍要儲存您的版本嗎？</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>刪除聯絡人</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from the directory?</source>
        <translation>
            <numerusform>要從通訊錄刪除 %n 位聯絡人嗎？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s).</source>
        <translation>
            <numerusform>已刪除 %n 位聯絡人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>匯入 vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>vCard 檔案 (*.vcf *.vcard);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n contact(s)</source>
        <translation>
            <numerusform>已匯入 %n 位聯絡人</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 new, %2 updated, %3 already in the directory).</source>
        <translation>（新增 %1 筆、更新 %2 筆、%3 筆已在通訊錄中）。</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) could not be read and were skipped.</source>
        <translation>
            <numerusform>有 %n 張名片無法讀取，已略過。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>匯出 vCard</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 位聯絡人匯出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryLink</name>
    <message>
        <source>Add from d&amp;irectory…</source>
        <translation>從通訊錄加入(&amp;I)…</translation>
    </message>
    <message>
        <source>Pick contacts from the contact directory</source>
        <translation>從聯絡人通訊錄挑選聯絡人</translation>
    </message>
    <message>
        <source>U&amp;pdate from directory</source>
        <translation>依通訊錄更新(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the selected contact with its current directory entry</source>
        <translation>以通訊錄中的最新資料取代選取的聯絡人</translation>
    </message>
    <message>
        <source>Contact directory</source>
        <translation>聯絡人通訊錄</translation>
    </message>
    <message>
        <source>Changed in the directory since it was added: use “Update from directory”</source>
        <translation>加入後，通訊錄中的資料已有更新：請使用「依通訊錄更新」</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>發生未預期的錯誤</translation>
    </message>
    <message>
        <source>Your work was saved to the recovery folder.</source>
        <translation>您的工作已存入復原資料夾。</translation>
    </message>
    <message>
        <source>Your work is still open; save it to be safe.</source>
        <translation>您的工作仍保持開啟，建議立即儲存。</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>發生錯誤：%1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>release</source>
        <translation>新聞稿</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>Export DOCX</source>
        <translation>匯出 DOCX</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>中英雙語</translation>
    </message>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>The release has no text to export.</source>
        <translation>這份新聞稿沒有可匯出的文字。</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n problem(s); you can still export.</source>
        <translation>
            <numerusform>預檢發現 %n 個問題；仍可匯出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight found no problems.</source>
        <translation>預檢未發現問題。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Open release</source>
        <translation>開啟新聞稿</translation>
    </message>
    <message>
        <source>Releases (*%1)</source>
        <translation>新聞稿 (*%1)</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>檔案使用中</translation>
    </message>
    <message>
        <source>%1 is already open by %2 since %3.

Open it anyway? Saving may overwrite their changes.</source>
        <translation>%1 已由 %2 於 %3 開啟。

仍要開啟嗎？儲存時可能會覆蓋對方的修改。</translation>
    </message>
    <message>
        <source>Cannot open the release</source>
        <translation>無法開啟新聞稿</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>要儲存變更嗎？</translation>
    </message>
    <message>
        <source>The release “%1” has unsaved changes. Save them?</source>
        <translation>新聞稿「%1」有尚未儲存的變更，要儲存嗎？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>release</source>
        <translation>新聞稿</translation>
    </message>
    <message>
        <source>Save release as</source>
        <translation>另存新聞稿</translation>
    </message>
    <message>
        <source>Cannot save the release</source>
        <translation>無法儲存新聞稿</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動儲存失敗：%1</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>要復原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>ReleaseDesk did not close properly last time. Unsaved changes to “%1” (autosaved %2) can be recovered.

Recover them now? “Discard” deletes the copy; “Cancel” asks again next time.</source>
        <translation>ReleaseDesk 上次未正常關閉。「%1」尚未儲存的變更（自動儲存於 %2）可以復原。

要立即復原嗎？選「捨棄」會刪除這份備份；選「取消」則下次啟動時再詢問。</translation>
    </message>
    <message>
        <source>Cannot recover the release</source>
        <translation>無法復原新聞稿</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>尋找與取代</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>大小寫須相符(&amp;M)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>取代(&amp;R)</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>全部取代(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>尋找(&amp;F)：</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>取代為(&amp;W)：</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>找不到</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>已取代 %n 處</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>標題 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>標題 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>標題 3</translation>
    </message>
    <message>
        <source>Paragraph style (Ctrl+0 … Ctrl+3)</source>
        <translation>段落樣式（Ctrl+0 … Ctrl+3）</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>底線</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號清單</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>減少清單層級</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>增加清單層級</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Insert or edit link</source>
        <translation>插入或編輯連結</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消連結</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Insert image with caption</source>
        <translation>插入圖片與圖說</translation>
    </message>
</context>
<context>
    <name>LanguagePane</name>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Include this language in the release, the preview and exports</source>
        <translation>將此語言納入新聞稿、預覽與匯出</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Subheadline (optional)</source>
        <translation>副標題（選填）</translation>
    </message>
    <message>
        <source>About the agency: one paragraph per line</source>
        <translation>機關簡介：每行一段</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>標題(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ubheadline:</source>
        <translation>副標題(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>內文(&amp;B)：</translation>
    </message>
    <message>
        <source>Boiler&amp;plate:</source>
        <translation>機關簡介(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library unavailable</source>
        <translation>無法使用資料庫</translation>
    </message>
    <message>
        <source>Put the password in ~/.pgpass or a libpq service file, not in the address.</source>
        <translation>請將密碼放在 ~/.pgpass 或 libpq 服務檔，不要寫在位址中。</translation>
    </message>
    <message>
        <source>Library address</source>
        <translation>資料庫位址</translation>
    </message>
    <message>
        <source>sqlite:///PATH or postgresql://HOST/DATABASE (empty: this computer&apos;s library):</source>
        <translation>sqlite:///路徑 或 postgresql://主機/資料庫（留空：本機的資料庫）：</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>新增新聞稿</translation>
    </message>
    <message>
        <source>Agency profile:</source>
        <translation>機關設定檔：</translation>
    </message>
    <message>
        <source>Cannot create the release</source>
        <translation>無法建立新聞稿</translation>
    </message>
    <message>
        <source>Cannot open the sample</source>
        <translation>無法開啟範例</translation>
    </message>
    <message>
        <source>Saved; the library is unavailable, so it was not kept there</source>
        <translation>已儲存；資料庫無法使用，未存入資料庫</translation>
    </message>
    <message>
        <source>Saved alongside a colleague&apos;s version</source>
        <translation>已與同事的版本並存</translation>
    </message>
    <message>
        <source>%1

Your version is kept in the library as a separate release (%2).</source>
        <translation>%1

您的版本已另存為資料庫中的另一篇新聞稿（%2）。</translation>
    </message>
    <message>
        <source>Saved; not kept in the library: %1</source>
        <translation>已儲存；未存入資料庫：%1</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>無法讀取標誌</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>無法使用此標誌</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>請選擇 PNG 或 JPEG 圖片。</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Release library</source>
        <translation>新聞稿資料庫</translation>
    </message>
    <message>
        <source>Search headlines, text, numbers and names — 中文 or English</source>
        <translation>搜尋標題、內文、字號與姓名——中文或英文</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有狀態</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>字號</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Chinese headline</source>
        <translation>中文標題</translation>
    </message>
    <message>
        <source>English headline</source>
        <translation>英文標題</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;New from this release</source>
        <translation>以此篇新增(&amp;N)</translation>
    </message>
    <message>
        <source>Use its &amp;boilerplate</source>
        <translation>套用其機關簡介(&amp;B)</translation>
    </message>
    <message>
        <source>Use its &amp;contacts</source>
        <translation>套用其聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source> (the newest %1 shown)</source>
        <translation>（顯示最新 %1 篇）</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s)</source>
        <translation>
            <numerusform>%n 篇新聞稿</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryMenus</name>
    <message>
        <source>New from &amp;Sample</source>
        <translation>從範例新增(&amp;S)</translation>
    </message>
    <message>
        <source>Release &amp;Library…</source>
        <translation>新聞稿資料庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Agency &amp;Profiles…</source>
        <translation>機關設定檔(&amp;P)…</translation>
    </message>
    <message>
        <source>Library &amp;Address…</source>
        <translation>資料庫位址(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Logo…</source>
        <translation>更換標誌(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove Logo</source>
        <translation>移除標誌</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>網址(&amp;A)：</translation>
    </message>
    <message>
        <source>Only web (http, https), e-mail (mailto:) and phone (tel:) links are allowed.</source>
        <translation>僅允許網頁（http、https）、電子郵件（mailto:）與電話（tel:）連結。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Media contacts</source>
        <translation>新聞聯絡人</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;DOCX…</source>
        <translation>匯出 DOCX(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>列印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>預覽列印(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>尋找與取代(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>Media &amp;contacts</source>
        <translation>新聞聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Formatting toolbar</source>
        <translation>格式工具列(&amp;F)</translation>
    </message>
    <message>
        <source>Include &amp;Chinese</source>
        <translation>納入中文(&amp;C)</translation>
    </message>
    <message>
        <source>Include &amp;English</source>
        <translation>納入英文(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>介面語言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>依系統設定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>關於 ReleaseDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <source>The new language is used the next time ReleaseDesk starts.</source>
        <translation>新的介面語言將於下次啟動 ReleaseDesk 時套用。</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>關於 ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk %1

Bilingual press releases (Traditional Chinese and English).</source>
        <translation>ReleaseDesk %1

中英雙語新聞稿編輯器（繁體中文與英文）。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — ReleaseDesk</source>
        <translation>%1[*] — ReleaseDesk</translation>
    </message>
    <message>
        <source>Chinese: not included</source>
        <translation>中文：未納入</translation>
    </message>
    <message>
        <source>English: not included</source>
        <translation>英文：未納入</translation>
    </message>
    <message numerus="yes">
        <source>Chinese: %n character(s)</source>
        <translation>
            <numerusform>中文：%n 字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>English: %n word(s)</source>
        <translation>
            <numerusform>英文：%n 詞</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataForm</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已核定</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>即時發布</translation>
    </message>
    <message>
        <source>Embargoed until</source>
        <translation>禁止發布至</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>機關(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>單位(&amp;U)：</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>電頭(&amp;L)：</translation>
    </message>
    <message>
        <source>End &amp;mark:</source>
        <translation>結尾符號(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>編號(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>發布(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>狀態(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>%1 body, paragraph %2</source>
        <translation>%1內文第 %2 段</translation>
    </message>
    <message>
        <source>%1 body, heading %2</source>
        <translation>%1內文第 %2 個小標題</translation>
    </message>
    <message>
        <source>%1 body, list item %2</source>
        <translation>%1內文第 %2 個清單項目</translation>
    </message>
    <message>
        <source>%1 body, quote %2</source>
        <translation>%1內文第 %2 段引文</translation>
    </message>
    <message>
        <source>%1 body, caption %2</source>
        <translation>%1內文第 %2 個圖說</translation>
    </message>
    <message>
        <source>Release number</source>
        <translation>新聞稿編號</translation>
    </message>
    <message>
        <source>Embargo</source>
        <translation>禁止發布時間</translation>
    </message>
    <message>
        <source>PDF fonts</source>
        <translation>PDF 字型</translation>
    </message>
    <message>
        <source>Logo “%1”</source>
        <translation>標誌「%1」</translation>
    </message>
    <message>
        <source>Image “%1” (%2 body, block %3)</source>
        <translation>圖片「%1」（%2內文第 %3 個區塊）</translation>
    </message>
    <message>
        <source>%1 media contact %2</source>
        <translation>%1第 %2 位新聞聯絡人</translation>
    </message>
    <message>
        <source>%1 agency name</source>
        <translation>%1機關名稱</translation>
    </message>
    <message>
        <source>%1 issuing unit</source>
        <translation>%1發布單位</translation>
    </message>
    <message>
        <source>%1 headline</source>
        <translation>%1標題</translation>
    </message>
    <message>
        <source>%1 subheadline</source>
        <translation>%1副標題</translation>
    </message>
    <message>
        <source>%1 dateline</source>
        <translation>%1電頭</translation>
    </message>
    <message>
        <source>%1 end mark</source>
        <translation>%1結尾符號</translation>
    </message>
    <message>
        <source>%1 boilerplate</source>
        <translation>%1機關簡介</translation>
    </message>
    <message>
        <source>%1 media contacts</source>
        <translation>%1新聞聯絡人</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未填寫</translation>
    </message>
    <message>
        <source>no media contact to print</source>
        <translation>沒有可印出的新聞聯絡人</translation>
    </message>
    <message>
        <source>%1 has already passed</source>
        <translation>%1 已經過去</translation>
    </message>
    <message>
        <source>will be removed on export: %1</source>
        <translation>匯出時會移除 %1</translation>
    </message>
    <message>
        <source>no PDF font can draw %1</source>
        <translation>沒有 PDF 字型能顯示 %1</translation>
    </message>
    <message>
        <source>cannot be read as an image</source>
        <translation>無法讀取為圖片</translation>
    </message>
    <message>
        <source>%1 px wide prints at %2 dpi across the column (%3 dpi needs %4 px)</source>
        <translation>寬 %1 像素，依欄寬列印只有 %2 dpi（%3 dpi 需要 %4 像素）</translation>
    </message>
    <message>
        <source>“%1” is not installed</source>
        <translation>未安裝「%1」</translation>
    </message>
    <message>
        <source>The release has no text to export.</source>
        <translation>這份新聞稿沒有可匯出的文字。</translation>
    </message>
    <message>
        <source>The release has no Chinese text to export.</source>
        <translation>這份新聞稿沒有可匯出的中文文字。</translation>
    </message>
    <message>
        <source>The release has no English text to export.</source>
        <translation>這份新聞稿沒有可匯出的英文文字。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <source>Both languages</source>
        <translation>中英雙語</translation>
    </message>
    <message>
        <source>Chinese (zh-TW)</source>
        <translation>中文（台灣）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>跳至頁面</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>／共 %n 頁</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>縮放至頁面寬度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>頁</translation>
    </message>
    <message>
        <source>The release has no text in this language.</source>
        <translation>這份新聞稿沒有此語言的內容。</translation>
    </message>
    <message>
        <source>The preview needs the PDF exporter, which this version does not have.</source>
        <translation>預覽需要 PDF 匯出功能，但此版本未提供。</translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>無法產生預覽：%1</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>The release has no text in the language chosen in the preview.</source>
        <translation>這份新聞稿沒有預覽所選語言的內容。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>無法列印</translation>
    </message>
    <message>
        <source>Print release</source>
        <translation>列印新聞稿</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>預覽列印</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Agency profiles</source>
        <translation>機關設定檔</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>新增設定檔…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>機關</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>發稿地</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>About (Chinese)</source>
        <translation>機關簡介（中文）</translation>
    </message>
    <message>
        <source>About (English)</source>
        <translation>機關簡介（英文）</translation>
    </message>
    <message>
        <source>Number scheme</source>
        <translation>字號格式</translation>
    </message>
    <message>
        <source>Change logo…</source>
        <translation>更換標誌…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>移除標誌</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>標誌</translation>
    </message>
    <message>
        <source>Use the window&apos;s contacts</source>
        <translation>使用視窗中的聯絡人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>設定檔：</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>無法儲存設定檔</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新增設定檔</translation>
    </message>
    <message>
        <source>Name of the new agency profile:</source>
        <translation>新機關設定檔名稱：</translation>
    </message>
    <message>
        <source>Cannot create the profile</source>
        <translation>無法建立設定檔</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>圖片（%1）</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>選擇標誌</translation>
    </message>
    <message>
        <source>Cannot read the logo</source>
        <translation>無法讀取標誌</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>無法使用此標誌</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG image.</source>
        <translation>請選擇 PNG 或 JPEG 圖片。</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Body text</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>{0}: not an image this editor can read</source>
        <translation>{0}：編輯器無法讀取這個圖片格式</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入圖片</translation>
    </message>
    <message>
        <source>Images ({0})</source>
        <translation>圖片 ({0})</translation>
    </message>
    <message>
        <source>Image caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>Caption (optional):</source>
        <translation>圖說（選填）：</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜體</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>底線</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>標題 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>標題 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>標題 3</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>項目符號清單</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號清單</translation>
    </message>
    <message>
        <source>Block quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>連結…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除連結</translation>
    </message>
</context>
</TS>
