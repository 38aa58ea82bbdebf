// Written by tests/AttrWs.Benchmarks/RouteTables/generate.py: edit the script, not this file.
#nullable enable
using System.Threading.Tasks;
using AttrWs;
using AttrWs.Routing;

namespace AttrWs.Benchmarks.Routes1000;

/// <summary>1000 templated routes: the generated matcher and the same templates as text.</summary>
public static class Routes1000Table
{
    /// <summary>The matcher the AttrWs generator emitted for this assembly.</summary>
    public static IWebSocketRouteTable Generated => AttrWs.Generated.GeneratedWebSocketEndpoints.RouteTable;

    /// <summary>The templates, in declaration order.</summary>
    public static readonly string[] Templates =
    [
        "/api/r0/status",
        "/api/r1/items/{id:int}",
        "/api/r2/rooms/{room}",
        "/api/r3/users/{user}/posts/{post:int}",
        "/api/r4/files/{*path}",
        "/api/r5/status",
        "/api/r6/items/{id:int}",
        "/api/r7/rooms/{room}",
        "/api/r8/users/{user}/posts/{post:int}",
        "/api/r9/files/{*path}",
        "/api/r10/status",
        "/api/r11/items/{id:int}",
        "/api/r12/rooms/{room}",
        "/api/r13/users/{user}/posts/{post:int}",
        "/api/r14/files/{*path}",
        "/api/r15/status",
        "/api/r16/items/{id:int}",
        "/api/r17/rooms/{room}",
        "/api/r18/users/{user}/posts/{post:int}",
        "/api/r19/files/{*path}",
        "/api/r20/status",
        "/api/r21/items/{id:int}",
        "/api/r22/rooms/{room}",
        "/api/r23/users/{user}/posts/{post:int}",
        "/api/r24/files/{*path}",
        "/api/r25/status",
        "/api/r26/items/{id:int}",
        "/api/r27/rooms/{room}",
        "/api/r28/users/{user}/posts/{post:int}",
        "/api/r29/files/{*path}",
        "/api/r30/status",
        "/api/r31/items/{id:int}",
        "/api/r32/rooms/{room}",
        "/api/r33/users/{user}/posts/{post:int}",
        "/api/r34/files/{*path}",
        "/api/r35/status",
        "/api/r36/items/{id:int}",
        "/api/r37/rooms/{room}",
        "/api/r38/users/{user}/posts/{post:int}",
        "/api/r39/files/{*path}",
        "/api/r40/status",
        "/api/r41/items/{id:int}",
        "/api/r42/rooms/{room}",
        "/api/r43/users/{user}/posts/{post:int}",
        "/api/r44/files/{*path}",
        "/api/r45/status",
        "/api/r46/items/{id:int}",
        "/api/r47/rooms/{room}",
        "/api/r48/users/{user}/posts/{post:int}",
        "/api/r49/files/{*path}",
        "/api/r50/status",
        "/api/r51/items/{id:int}",
        "/api/r52/rooms/{room}",
        "/api/r53/users/{user}/posts/{post:int}",
        "/api/r54/files/{*path}",
        "/api/r55/status",
        "/api/r56/items/{id:int}",
        "/api/r57/rooms/{room}",
        "/api/r58/users/{user}/posts/{post:int}",
        "/api/r59/files/{*path}",
        "/api/r60/status",
        "/api/r61/items/{id:int}",
        "/api/r62/rooms/{room}",
        "/api/r63/users/{user}/posts/{post:int}",
        "/api/r64/files/{*path}",
        "/api/r65/status",
        "/api/r66/items/{id:int}",
        "/api/r67/rooms/{room}",
        "/api/r68/users/{user}/posts/{post:int}",
        "/api/r69/files/{*path}",
        "/api/r70/status",
        "/api/r71/items/{id:int}",
        "/api/r72/rooms/{room}",
        "/api/r73/users/{user}/posts/{post:int}",
        "/api/r74/files/{*path}",
        "/api/r75/status",
        "/api/r76/items/{id:int}",
        "/api/r77/rooms/{room}",
        "/api/r78/users/{user}/posts/{post:int}",
        "/api/r79/files/{*path}",
        "/api/r80/status",
        "/api/r81/items/{id:int}",
        "/api/r82/rooms/{room}",
        "/api/r83/users/{user}/posts/{post:int}",
        "/api/r84/files/{*path}",
        "/api/r85/status",
        "/api/r86/items/{id:int}",
        "/api/r87/rooms/{room}",
        "/api/r88/users/{user}/posts/{post:int}",
        "/api/r89/files/{*path}",
        "/api/r90/status",
        "/api/r91/items/{id:int}",
        "/api/r92/rooms/{room}",
        "/api/r93/users/{user}/posts/{post:int}",
        "/api/r94/files/{*path}",
        "/api/r95/status",
        "/api/r96/items/{id:int}",
        "/api/r97/rooms/{room}",
        "/api/r98/users/{user}/posts/{post:int}",
        "/api/r99/files/{*path}",
        "/api/r100/status",
        "/api/r101/items/{id:int}",
        "/api/r102/rooms/{room}",
        "/api/r103/users/{user}/posts/{post:int}",
        "/api/r104/files/{*path}",
        "/api/r105/status",
        "/api/r106/items/{id:int}",
        "/api/r107/rooms/{room}",
        "/api/r108/users/{user}/posts/{post:int}",
        "/api/r109/files/{*path}",
        "/api/r110/status",
        "/api/r111/items/{id:int}",
        "/api/r112/rooms/{room}",
        "/api/r113/users/{user}/posts/{post:int}",
        "/api/r114/files/{*path}",
        "/api/r115/status",
        "/api/r116/items/{id:int}",
        "/api/r117/rooms/{room}",
        "/api/r118/users/{user}/posts/{post:int}",
        "/api/r119/files/{*path}",
        "/api/r120/status",
        "/api/r121/items/{id:int}",
        "/api/r122/rooms/{room}",
        "/api/r123/users/{user}/posts/{post:int}",
        "/api/r124/files/{*path}",
        "/api/r125/status",
        "/api/r126/items/{id:int}",
        "/api/r127/rooms/{room}",
        "/api/r128/users/{user}/posts/{post:int}",
        "/api/r129/files/{*path}",
        "/api/r130/status",
        "/api/r131/items/{id:int}",
        "/api/r132/rooms/{room}",
        "/api/r133/users/{user}/posts/{post:int}",
        "/api/r134/files/{*path}",
        "/api/r135/status",
        "/api/r136/items/{id:int}",
        "/api/r137/rooms/{room}",
        "/api/r138/users/{user}/posts/{post:int}",
        "/api/r139/files/{*path}",
        "/api/r140/status",
        "/api/r141/items/{id:int}",
        "/api/r142/rooms/{room}",
        "/api/r143/users/{user}/posts/{post:int}",
        "/api/r144/files/{*path}",
        "/api/r145/status",
        "/api/r146/items/{id:int}",
        "/api/r147/rooms/{room}",
        "/api/r148/users/{user}/posts/{post:int}",
        "/api/r149/files/{*path}",
        "/api/r150/status",
        "/api/r151/items/{id:int}",
        "/api/r152/rooms/{room}",
        "/api/r153/users/{user}/posts/{post:int}",
        "/api/r154/files/{*path}",
        "/api/r155/status",
        "/api/r156/items/{id:int}",
        "/api/r157/rooms/{room}",
        "/api/r158/users/{user}/posts/{post:int}",
        "/api/r159/files/{*path}",
        "/api/r160/status",
        "/api/r161/items/{id:int}",
        "/api/r162/rooms/{room}",
        "/api/r163/users/{user}/posts/{post:int}",
        "/api/r164/files/{*path}",
        "/api/r165/status",
        "/api/r166/items/{id:int}",
        "/api/r167/rooms/{room}",
        "/api/r168/users/{user}/posts/{post:int}",
        "/api/r169/files/{*path}",
        "/api/r170/status",
        "/api/r171/items/{id:int}",
        "/api/r172/rooms/{room}",
        "/api/r173/users/{user}/posts/{post:int}",
        "/api/r174/files/{*path}",
        "/api/r175/status",
        "/api/r176/items/{id:int}",
        "/api/r177/rooms/{room}",
        "/api/r178/users/{user}/posts/{post:int}",
        "/api/r179/files/{*path}",
        "/api/r180/status",
        "/api/r181/items/{id:int}",
        "/api/r182/rooms/{room}",
        "/api/r183/users/{user}/posts/{post:int}",
        "/api/r184/files/{*path}",
        "/api/r185/status",
        "/api/r186/items/{id:int}",
        "/api/r187/rooms/{room}",
        "/api/r188/users/{user}/posts/{post:int}",
        "/api/r189/files/{*path}",
        "/api/r190/status",
        "/api/r191/items/{id:int}",
        "/api/r192/rooms/{room}",
        "/api/r193/users/{user}/posts/{post:int}",
        "/api/r194/files/{*path}",
        "/api/r195/status",
        "/api/r196/items/{id:int}",
        "/api/r197/rooms/{room}",
        "/api/r198/users/{user}/posts/{post:int}",
        "/api/r199/files/{*path}",
        "/api/r200/status",
        "/api/r201/items/{id:int}",
        "/api/r202/rooms/{room}",
        "/api/r203/users/{user}/posts/{post:int}",
        "/api/r204/files/{*path}",
        "/api/r205/status",
        "/api/r206/items/{id:int}",
        "/api/r207/rooms/{room}",
        "/api/r208/users/{user}/posts/{post:int}",
        "/api/r209/files/{*path}",
        "/api/r210/status",
        "/api/r211/items/{id:int}",
        "/api/r212/rooms/{room}",
        "/api/r213/users/{user}/posts/{post:int}",
        "/api/r214/files/{*path}",
        "/api/r215/status",
        "/api/r216/items/{id:int}",
        "/api/r217/rooms/{room}",
        "/api/r218/users/{user}/posts/{post:int}",
        "/api/r219/files/{*path}",
        "/api/r220/status",
        "/api/r221/items/{id:int}",
        "/api/r222/rooms/{room}",
        "/api/r223/users/{user}/posts/{post:int}",
        "/api/r224/files/{*path}",
        "/api/r225/status",
        "/api/r226/items/{id:int}",
        "/api/r227/rooms/{room}",
        "/api/r228/users/{user}/posts/{post:int}",
        "/api/r229/files/{*path}",
        "/api/r230/status",
        "/api/r231/items/{id:int}",
        "/api/r232/rooms/{room}",
        "/api/r233/users/{user}/posts/{post:int}",
        "/api/r234/files/{*path}",
        "/api/r235/status",
        "/api/r236/items/{id:int}",
        "/api/r237/rooms/{room}",
        "/api/r238/users/{user}/posts/{post:int}",
        "/api/r239/files/{*path}",
        "/api/r240/status",
        "/api/r241/items/{id:int}",
        "/api/r242/rooms/{room}",
        "/api/r243/users/{user}/posts/{post:int}",
        "/api/r244/files/{*path}",
        "/api/r245/status",
        "/api/r246/items/{id:int}",
        "/api/r247/rooms/{room}",
        "/api/r248/users/{user}/posts/{post:int}",
        "/api/r249/files/{*path}",
        "/api/r250/status",
        "/api/r251/items/{id:int}",
        "/api/r252/rooms/{room}",
        "/api/r253/users/{user}/posts/{post:int}",
        "/api/r254/files/{*path}",
        "/api/r255/status",
        "/api/r256/items/{id:int}",
        "/api/r257/rooms/{room}",
        "/api/r258/users/{user}/posts/{post:int}",
        "/api/r259/files/{*path}",
        "/api/r260/status",
        "/api/r261/items/{id:int}",
        "/api/r262/rooms/{room}",
        "/api/r263/users/{user}/posts/{post:int}",
        "/api/r264/files/{*path}",
        "/api/r265/status",
        "/api/r266/items/{id:int}",
        "/api/r267/rooms/{room}",
        "/api/r268/users/{user}/posts/{post:int}",
        "/api/r269/files/{*path}",
        "/api/r270/status",
        "/api/r271/items/{id:int}",
        "/api/r272/rooms/{room}",
        "/api/r273/users/{user}/posts/{post:int}",
        "/api/r274/files/{*path}",
        "/api/r275/status",
        "/api/r276/items/{id:int}",
        "/api/r277/rooms/{room}",
        "/api/r278/users/{user}/posts/{post:int}",
        "/api/r279/files/{*path}",
        "/api/r280/status",
        "/api/r281/items/{id:int}",
        "/api/r282/rooms/{room}",
        "/api/r283/users/{user}/posts/{post:int}",
        "/api/r284/files/{*path}",
        "/api/r285/status",
        "/api/r286/items/{id:int}",
        "/api/r287/rooms/{room}",
        "/api/r288/users/{user}/posts/{post:int}",
        "/api/r289/files/{*path}",
        "/api/r290/status",
        "/api/r291/items/{id:int}",
        "/api/r292/rooms/{room}",
        "/api/r293/users/{user}/posts/{post:int}",
        "/api/r294/files/{*path}",
        "/api/r295/status",
        "/api/r296/items/{id:int}",
        "/api/r297/rooms/{room}",
        "/api/r298/users/{user}/posts/{post:int}",
        "/api/r299/files/{*path}",
        "/api/r300/status",
        "/api/r301/items/{id:int}",
        "/api/r302/rooms/{room}",
        "/api/r303/users/{user}/posts/{post:int}",
        "/api/r304/files/{*path}",
        "/api/r305/status",
        "/api/r306/items/{id:int}",
        "/api/r307/rooms/{room}",
        "/api/r308/users/{user}/posts/{post:int}",
        "/api/r309/files/{*path}",
        "/api/r310/status",
        "/api/r311/items/{id:int}",
        "/api/r312/rooms/{room}",
        "/api/r313/users/{user}/posts/{post:int}",
        "/api/r314/files/{*path}",
        "/api/r315/status",
        "/api/r316/items/{id:int}",
        "/api/r317/rooms/{room}",
        "/api/r318/users/{user}/posts/{post:int}",
        "/api/r319/files/{*path}",
        "/api/r320/status",
        "/api/r321/items/{id:int}",
        "/api/r322/rooms/{room}",
        "/api/r323/users/{user}/posts/{post:int}",
        "/api/r324/files/{*path}",
        "/api/r325/status",
        "/api/r326/items/{id:int}",
        "/api/r327/rooms/{room}",
        "/api/r328/users/{user}/posts/{post:int}",
        "/api/r329/files/{*path}",
        "/api/r330/status",
        "/api/r331/items/{id:int}",
        "/api/r332/rooms/{room}",
        "/api/r333/users/{user}/posts/{post:int}",
        "/api/r334/files/{*path}",
        "/api/r335/status",
        "/api/r336/items/{id:int}",
        "/api/r337/rooms/{room}",
        "/api/r338/users/{user}/posts/{post:int}",
        "/api/r339/files/{*path}",
        "/api/r340/status",
        "/api/r341/items/{id:int}",
        "/api/r342/rooms/{room}",
        "/api/r343/users/{user}/posts/{post:int}",
        "/api/r344/files/{*path}",
        "/api/r345/status",
        "/api/r346/items/{id:int}",
        "/api/r347/rooms/{room}",
        "/api/r348/users/{user}/posts/{post:int}",
        "/api/r349/files/{*path}",
        "/api/r350/status",
        "/api/r351/items/{id:int}",
        "/api/r352/rooms/{room}",
        "/api/r353/users/{user}/posts/{post:int}",
        "/api/r354/files/{*path}",
        "/api/r355/status",
        "/api/r356/items/{id:int}",
        "/api/r357/rooms/{room}",
        "/api/r358/users/{user}/posts/{post:int}",
        "/api/r359/files/{*path}",
        "/api/r360/status",
        "/api/r361/items/{id:int}",
        "/api/r362/rooms/{room}",
        "/api/r363/users/{user}/posts/{post:int}",
        "/api/r364/files/{*path}",
        "/api/r365/status",
        "/api/r366/items/{id:int}",
        "/api/r367/rooms/{room}",
        "/api/r368/users/{user}/posts/{post:int}",
        "/api/r369/files/{*path}",
        "/api/r370/status",
        "/api/r371/items/{id:int}",
        "/api/r372/rooms/{room}",
        "/api/r373/users/{user}/posts/{post:int}",
        "/api/r374/files/{*path}",
        "/api/r375/status",
        "/api/r376/items/{id:int}",
        "/api/r377/rooms/{room}",
        "/api/r378/users/{user}/posts/{post:int}",
        "/api/r379/files/{*path}",
        "/api/r380/status",
        "/api/r381/items/{id:int}",
        "/api/r382/rooms/{room}",
        "/api/r383/users/{user}/posts/{post:int}",
        "/api/r384/files/{*path}",
        "/api/r385/status",
        "/api/r386/items/{id:int}",
        "/api/r387/rooms/{room}",
        "/api/r388/users/{user}/posts/{post:int}",
        "/api/r389/files/{*path}",
        "/api/r390/status",
        "/api/r391/items/{id:int}",
        "/api/r392/rooms/{room}",
        "/api/r393/users/{user}/posts/{post:int}",
        "/api/r394/files/{*path}",
        "/api/r395/status",
        "/api/r396/items/{id:int}",
        "/api/r397/rooms/{room}",
        "/api/r398/users/{user}/posts/{post:int}",
        "/api/r399/files/{*path}",
        "/api/r400/status",
        "/api/r401/items/{id:int}",
        "/api/r402/rooms/{room}",
        "/api/r403/users/{user}/posts/{post:int}",
        "/api/r404/files/{*path}",
        "/api/r405/status",
        "/api/r406/items/{id:int}",
        "/api/r407/rooms/{room}",
        "/api/r408/users/{user}/posts/{post:int}",
        "/api/r409/files/{*path}",
        "/api/r410/status",
        "/api/r411/items/{id:int}",
        "/api/r412/rooms/{room}",
        "/api/r413/users/{user}/posts/{post:int}",
        "/api/r414/files/{*path}",
        "/api/r415/status",
        "/api/r416/items/{id:int}",
        "/api/r417/rooms/{room}",
        "/api/r418/users/{user}/posts/{post:int}",
        "/api/r419/files/{*path}",
        "/api/r420/status",
        "/api/r421/items/{id:int}",
        "/api/r422/rooms/{room}",
        "/api/r423/users/{user}/posts/{post:int}",
        "/api/r424/files/{*path}",
        "/api/r425/status",
        "/api/r426/items/{id:int}",
        "/api/r427/rooms/{room}",
        "/api/r428/users/{user}/posts/{post:int}",
        "/api/r429/files/{*path}",
        "/api/r430/status",
        "/api/r431/items/{id:int}",
        "/api/r432/rooms/{room}",
        "/api/r433/users/{user}/posts/{post:int}",
        "/api/r434/files/{*path}",
        "/api/r435/status",
        "/api/r436/items/{id:int}",
        "/api/r437/rooms/{room}",
        "/api/r438/users/{user}/posts/{post:int}",
        "/api/r439/files/{*path}",
        "/api/r440/status",
        "/api/r441/items/{id:int}",
        "/api/r442/rooms/{room}",
        "/api/r443/users/{user}/posts/{post:int}",
        "/api/r444/files/{*path}",
        "/api/r445/status",
        "/api/r446/items/{id:int}",
        "/api/r447/rooms/{room}",
        "/api/r448/users/{user}/posts/{post:int}",
        "/api/r449/files/{*path}",
        "/api/r450/status",
        "/api/r451/items/{id:int}",
        "/api/r452/rooms/{room}",
        "/api/r453/users/{user}/posts/{post:int}",
        "/api/r454/files/{*path}",
        "/api/r455/status",
        "/api/r456/items/{id:int}",
        "/api/r457/rooms/{room}",
        "/api/r458/users/{user}/posts/{post:int}",
        "/api/r459/files/{*path}",
        "/api/r460/status",
        "/api/r461/items/{id:int}",
        "/api/r462/rooms/{room}",
        "/api/r463/users/{user}/posts/{post:int}",
        "/api/r464/files/{*path}",
        "/api/r465/status",
        "/api/r466/items/{id:int}",
        "/api/r467/rooms/{room}",
        "/api/r468/users/{user}/posts/{post:int}",
        "/api/r469/files/{*path}",
        "/api/r470/status",
        "/api/r471/items/{id:int}",
        "/api/r472/rooms/{room}",
        "/api/r473/users/{user}/posts/{post:int}",
        "/api/r474/files/{*path}",
        "/api/r475/status",
        "/api/r476/items/{id:int}",
        "/api/r477/rooms/{room}",
        "/api/r478/users/{user}/posts/{post:int}",
        "/api/r479/files/{*path}",
        "/api/r480/status",
        "/api/r481/items/{id:int}",
        "/api/r482/rooms/{room}",
        "/api/r483/users/{user}/posts/{post:int}",
        "/api/r484/files/{*path}",
        "/api/r485/status",
        "/api/r486/items/{id:int}",
        "/api/r487/rooms/{room}",
        "/api/r488/users/{user}/posts/{post:int}",
        "/api/r489/files/{*path}",
        "/api/r490/status",
        "/api/r491/items/{id:int}",
        "/api/r492/rooms/{room}",
        "/api/r493/users/{user}/posts/{post:int}",
        "/api/r494/files/{*path}",
        "/api/r495/status",
        "/api/r496/items/{id:int}",
        "/api/r497/rooms/{room}",
        "/api/r498/users/{user}/posts/{post:int}",
        "/api/r499/files/{*path}",
        "/api/r500/status",
        "/api/r501/items/{id:int}",
        "/api/r502/rooms/{room}",
        "/api/r503/users/{user}/posts/{post:int}",
        "/api/r504/files/{*path}",
        "/api/r505/status",
        "/api/r506/items/{id:int}",
        "/api/r507/rooms/{room}",
        "/api/r508/users/{user}/posts/{post:int}",
        "/api/r509/files/{*path}",
        "/api/r510/status",
        "/api/r511/items/{id:int}",
        "/api/r512/rooms/{room}",
        "/api/r513/users/{user}/posts/{post:int}",
        "/api/r514/files/{*path}",
        "/api/r515/status",
        "/api/r516/items/{id:int}",
        "/api/r517/rooms/{room}",
        "/api/r518/users/{user}/posts/{post:int}",
        "/api/r519/files/{*path}",
        "/api/r520/status",
        "/api/r521/items/{id:int}",
        "/api/r522/rooms/{room}",
        "/api/r523/users/{user}/posts/{post:int}",
        "/api/r524/files/{*path}",
        "/api/r525/status",
        "/api/r526/items/{id:int}",
        "/api/r527/rooms/{room}",
        "/api/r528/users/{user}/posts/{post:int}",
        "/api/r529/files/{*path}",
        "/api/r530/status",
        "/api/r531/items/{id:int}",
        "/api/r532/rooms/{room}",
        "/api/r533/users/{user}/posts/{post:int}",
        "/api/r534/files/{*path}",
        "/api/r535/status",
        "/api/r536/items/{id:int}",
        "/api/r537/rooms/{room}",
        "/api/r538/users/{user}/posts/{post:int}",
        "/api/r539/files/{*path}",
        "/api/r540/status",
        "/api/r541/items/{id:int}",
        "/api/r542/rooms/{room}",
        "/api/r543/users/{user}/posts/{post:int}",
        "/api/r544/files/{*path}",
        "/api/r545/status",
        "/api/r546/items/{id:int}",
        "/api/r547/rooms/{room}",
        "/api/r548/users/{user}/posts/{post:int}",
        "/api/r549/files/{*path}",
        "/api/r550/status",
        "/api/r551/items/{id:int}",
        "/api/r552/rooms/{room}",
        "/api/r553/users/{user}/posts/{post:int}",
        "/api/r554/files/{*path}",
        "/api/r555/status",
        "/api/r556/items/{id:int}",
        "/api/r557/rooms/{room}",
        "/api/r558/users/{user}/posts/{post:int}",
        "/api/r559/files/{*path}",
        "/api/r560/status",
        "/api/r561/items/{id:int}",
        "/api/r562/rooms/{room}",
        "/api/r563/users/{user}/posts/{post:int}",
        "/api/r564/files/{*path}",
        "/api/r565/status",
        "/api/r566/items/{id:int}",
        "/api/r567/rooms/{room}",
        "/api/r568/users/{user}/posts/{post:int}",
        "/api/r569/files/{*path}",
        "/api/r570/status",
        "/api/r571/items/{id:int}",
        "/api/r572/rooms/{room}",
        "/api/r573/users/{user}/posts/{post:int}",
        "/api/r574/files/{*path}",
        "/api/r575/status",
        "/api/r576/items/{id:int}",
        "/api/r577/rooms/{room}",
        "/api/r578/users/{user}/posts/{post:int}",
        "/api/r579/files/{*path}",
        "/api/r580/status",
        "/api/r581/items/{id:int}",
        "/api/r582/rooms/{room}",
        "/api/r583/users/{user}/posts/{post:int}",
        "/api/r584/files/{*path}",
        "/api/r585/status",
        "/api/r586/items/{id:int}",
        "/api/r587/rooms/{room}",
        "/api/r588/users/{user}/posts/{post:int}",
        "/api/r589/files/{*path}",
        "/api/r590/status",
        "/api/r591/items/{id:int}",
        "/api/r592/rooms/{room}",
        "/api/r593/users/{user}/posts/{post:int}",
        "/api/r594/files/{*path}",
        "/api/r595/status",
        "/api/r596/items/{id:int}",
        "/api/r597/rooms/{room}",
        "/api/r598/users/{user}/posts/{post:int}",
        "/api/r599/files/{*path}",
        "/api/r600/status",
        "/api/r601/items/{id:int}",
        "/api/r602/rooms/{room}",
        "/api/r603/users/{user}/posts/{post:int}",
        "/api/r604/files/{*path}",
        "/api/r605/status",
        "/api/r606/items/{id:int}",
        "/api/r607/rooms/{room}",
        "/api/r608/users/{user}/posts/{post:int}",
        "/api/r609/files/{*path}",
        "/api/r610/status",
        "/api/r611/items/{id:int}",
        "/api/r612/rooms/{room}",
        "/api/r613/users/{user}/posts/{post:int}",
        "/api/r614/files/{*path}",
        "/api/r615/status",
        "/api/r616/items/{id:int}",
        "/api/r617/rooms/{room}",
        "/api/r618/users/{user}/posts/{post:int}",
        "/api/r619/files/{*path}",
        "/api/r620/status",
        "/api/r621/items/{id:int}",
        "/api/r622/rooms/{room}",
        "/api/r623/users/{user}/posts/{post:int}",
        "/api/r624/files/{*path}",
        "/api/r625/status",
        "/api/r626/items/{id:int}",
        "/api/r627/rooms/{room}",
        "/api/r628/users/{user}/posts/{post:int}",
        "/api/r629/files/{*path}",
        "/api/r630/status",
        "/api/r631/items/{id:int}",
        "/api/r632/rooms/{room}",
        "/api/r633/users/{user}/posts/{post:int}",
        "/api/r634/files/{*path}",
        "/api/r635/status",
        "/api/r636/items/{id:int}",
        "/api/r637/rooms/{room}",
        "/api/r638/users/{user}/posts/{post:int}",
        "/api/r639/files/{*path}",
        "/api/r640/status",
        "/api/r641/items/{id:int}",
        "/api/r642/rooms/{room}",
        "/api/r643/users/{user}/posts/{post:int}",
        "/api/r644/files/{*path}",
        "/api/r645/status",
        "/api/r646/items/{id:int}",
        "/api/r647/rooms/{room}",
        "/api/r648/users/{user}/posts/{post:int}",
        "/api/r649/files/{*path}",
        "/api/r650/status",
        "/api/r651/items/{id:int}",
        "/api/r652/rooms/{room}",
        "/api/r653/users/{user}/posts/{post:int}",
        "/api/r654/files/{*path}",
        "/api/r655/status",
        "/api/r656/items/{id:int}",
        "/api/r657/rooms/{room}",
        "/api/r658/users/{user}/posts/{post:int}",
        "/api/r659/files/{*path}",
        "/api/r660/status",
        "/api/r661/items/{id:int}",
        "/api/r662/rooms/{room}",
        "/api/r663/users/{user}/posts/{post:int}",
        "/api/r664/files/{*path}",
        "/api/r665/status",
        "/api/r666/items/{id:int}",
        "/api/r667/rooms/{room}",
        "/api/r668/users/{user}/posts/{post:int}",
        "/api/r669/files/{*path}",
        "/api/r670/status",
        "/api/r671/items/{id:int}",
        "/api/r672/rooms/{room}",
        "/api/r673/users/{user}/posts/{post:int}",
        "/api/r674/files/{*path}",
        "/api/r675/status",
        "/api/r676/items/{id:int}",
        "/api/r677/rooms/{room}",
        "/api/r678/users/{user}/posts/{post:int}",
        "/api/r679/files/{*path}",
        "/api/r680/status",
        "/api/r681/items/{id:int}",
        "/api/r682/rooms/{room}",
        "/api/r683/users/{user}/posts/{post:int}",
        "/api/r684/files/{*path}",
        "/api/r685/status",
        "/api/r686/items/{id:int}",
        "/api/r687/rooms/{room}",
        "/api/r688/users/{user}/posts/{post:int}",
        "/api/r689/files/{*path}",
        "/api/r690/status",
        "/api/r691/items/{id:int}",
        "/api/r692/rooms/{room}",
        "/api/r693/users/{user}/posts/{post:int}",
        "/api/r694/files/{*path}",
        "/api/r695/status",
        "/api/r696/items/{id:int}",
        "/api/r697/rooms/{room}",
        "/api/r698/users/{user}/posts/{post:int}",
        "/api/r699/files/{*path}",
        "/api/r700/status",
        "/api/r701/items/{id:int}",
        "/api/r702/rooms/{room}",
        "/api/r703/users/{user}/posts/{post:int}",
        "/api/r704/files/{*path}",
        "/api/r705/status",
        "/api/r706/items/{id:int}",
        "/api/r707/rooms/{room}",
        "/api/r708/users/{user}/posts/{post:int}",
        "/api/r709/files/{*path}",
        "/api/r710/status",
        "/api/r711/items/{id:int}",
        "/api/r712/rooms/{room}",
        "/api/r713/users/{user}/posts/{post:int}",
        "/api/r714/files/{*path}",
        "/api/r715/status",
        "/api/r716/items/{id:int}",
        "/api/r717/rooms/{room}",
        "/api/r718/users/{user}/posts/{post:int}",
        "/api/r719/files/{*path}",
        "/api/r720/status",
        "/api/r721/items/{id:int}",
        "/api/r722/rooms/{room}",
        "/api/r723/users/{user}/posts/{post:int}",
        "/api/r724/files/{*path}",
        "/api/r725/status",
        "/api/r726/items/{id:int}",
        "/api/r727/rooms/{room}",
        "/api/r728/users/{user}/posts/{post:int}",
        "/api/r729/files/{*path}",
        "/api/r730/status",
        "/api/r731/items/{id:int}",
        "/api/r732/rooms/{room}",
        "/api/r733/users/{user}/posts/{post:int}",
        "/api/r734/files/{*path}",
        "/api/r735/status",
        "/api/r736/items/{id:int}",
        "/api/r737/rooms/{room}",
        "/api/r738/users/{user}/posts/{post:int}",
        "/api/r739/files/{*path}",
        "/api/r740/status",
        "/api/r741/items/{id:int}",
        "/api/r742/rooms/{room}",
        "/api/r743/users/{user}/posts/{post:int}",
        "/api/r744/files/{*path}",
        "/api/r745/status",
        "/api/r746/items/{id:int}",
        "/api/r747/rooms/{room}",
        "/api/r748/users/{user}/posts/{post:int}",
        "/api/r749/files/{*path}",
        "/api/r750/status",
        "/api/r751/items/{id:int}",
        "/api/r752/rooms/{room}",
        "/api/r753/users/{user}/posts/{post:int}",
        "/api/r754/files/{*path}",
        "/api/r755/status",
        "/api/r756/items/{id:int}",
        "/api/r757/rooms/{room}",
        "/api/r758/users/{user}/posts/{post:int}",
        "/api/r759/files/{*path}",
        "/api/r760/status",
        "/api/r761/items/{id:int}",
        "/api/r762/rooms/{room}",
        "/api/r763/users/{user}/posts/{post:int}",
        "/api/r764/files/{*path}",
        "/api/r765/status",
        "/api/r766/items/{id:int}",
        "/api/r767/rooms/{room}",
        "/api/r768/users/{user}/posts/{post:int}",
        "/api/r769/files/{*path}",
        "/api/r770/status",
        "/api/r771/items/{id:int}",
        "/api/r772/rooms/{room}",
        "/api/r773/users/{user}/posts/{post:int}",
        "/api/r774/files/{*path}",
        "/api/r775/status",
        "/api/r776/items/{id:int}",
        "/api/r777/rooms/{room}",
        "/api/r778/users/{user}/posts/{post:int}",
        "/api/r779/files/{*path}",
        "/api/r780/status",
        "/api/r781/items/{id:int}",
        "/api/r782/rooms/{room}",
        "/api/r783/users/{user}/posts/{post:int}",
        "/api/r784/files/{*path}",
        "/api/r785/status",
        "/api/r786/items/{id:int}",
        "/api/r787/rooms/{room}",
        "/api/r788/users/{user}/posts/{post:int}",
        "/api/r789/files/{*path}",
        "/api/r790/status",
        "/api/r791/items/{id:int}",
        "/api/r792/rooms/{room}",
        "/api/r793/users/{user}/posts/{post:int}",
        "/api/r794/files/{*path}",
        "/api/r795/status",
        "/api/r796/items/{id:int}",
        "/api/r797/rooms/{room}",
        "/api/r798/users/{user}/posts/{post:int}",
        "/api/r799/files/{*path}",
        "/api/r800/status",
        "/api/r801/items/{id:int}",
        "/api/r802/rooms/{room}",
        "/api/r803/users/{user}/posts/{post:int}",
        "/api/r804/files/{*path}",
        "/api/r805/status",
        "/api/r806/items/{id:int}",
        "/api/r807/rooms/{room}",
        "/api/r808/users/{user}/posts/{post:int}",
        "/api/r809/files/{*path}",
        "/api/r810/status",
        "/api/r811/items/{id:int}",
        "/api/r812/rooms/{room}",
        "/api/r813/users/{user}/posts/{post:int}",
        "/api/r814/files/{*path}",
        "/api/r815/status",
        "/api/r816/items/{id:int}",
        "/api/r817/rooms/{room}",
        "/api/r818/users/{user}/posts/{post:int}",
        "/api/r819/files/{*path}",
        "/api/r820/status",
        "/api/r821/items/{id:int}",
        "/api/r822/rooms/{room}",
        "/api/r823/users/{user}/posts/{post:int}",
        "/api/r824/files/{*path}",
        "/api/r825/status",
        "/api/r826/items/{id:int}",
        "/api/r827/rooms/{room}",
        "/api/r828/users/{user}/posts/{post:int}",
        "/api/r829/files/{*path}",
        "/api/r830/status",
        "/api/r831/items/{id:int}",
        "/api/r832/rooms/{room}",
        "/api/r833/users/{user}/posts/{post:int}",
        "/api/r834/files/{*path}",
        "/api/r835/status",
        "/api/r836/items/{id:int}",
        "/api/r837/rooms/{room}",
        "/api/r838/users/{user}/posts/{post:int}",
        "/api/r839/files/{*path}",
        "/api/r840/status",
        "/api/r841/items/{id:int}",
        "/api/r842/rooms/{room}",
        "/api/r843/users/{user}/posts/{post:int}",
        "/api/r844/files/{*path}",
        "/api/r845/status",
        "/api/r846/items/{id:int}",
        "/api/r847/rooms/{room}",
        "/api/r848/users/{user}/posts/{post:int}",
        "/api/r849/files/{*path}",
        "/api/r850/status",
        "/api/r851/items/{id:int}",
        "/api/r852/rooms/{room}",
        "/api/r853/users/{user}/posts/{post:int}",
        "/api/r854/files/{*path}",
        "/api/r855/status",
        "/api/r856/items/{id:int}",
        "/api/r857/rooms/{room}",
        "/api/r858/users/{user}/posts/{post:int}",
        "/api/r859/files/{*path}",
        "/api/r860/status",
        "/api/r861/items/{id:int}",
        "/api/r862/rooms/{room}",
        "/api/r863/users/{user}/posts/{post:int}",
        "/api/r864/files/{*path}",
        "/api/r865/status",
        "/api/r866/items/{id:int}",
        "/api/r867/rooms/{room}",
        "/api/r868/users/{user}/posts/{post:int}",
        "/api/r869/files/{*path}",
        "/api/r870/status",
        "/api/r871/items/{id:int}",
        "/api/r872/rooms/{room}",
        "/api/r873/users/{user}/posts/{post:int}",
        "/api/r874/files/{*path}",
        "/api/r875/status",
        "/api/r876/items/{id:int}",
        "/api/r877/rooms/{room}",
        "/api/r878/users/{user}/posts/{post:int}",
        "/api/r879/files/{*path}",
        "/api/r880/status",
        "/api/r881/items/{id:int}",
        "/api/r882/rooms/{room}",
        "/api/r883/users/{user}/posts/{post:int}",
        "/api/r884/files/{*path}",
        "/api/r885/status",
        "/api/r886/items/{id:int}",
        "/api/r887/rooms/{room}",
        "/api/r888/users/{user}/posts/{post:int}",
        "/api/r889/files/{*path}",
        "/api/r890/status",
        "/api/r891/items/{id:int}",
        "/api/r892/rooms/{room}",
        "/api/r893/users/{user}/posts/{post:int}",
        "/api/r894/files/{*path}",
        "/api/r895/status",
        "/api/r896/items/{id:int}",
        "/api/r897/rooms/{room}",
        "/api/r898/users/{user}/posts/{post:int}",
        "/api/r899/files/{*path}",
        "/api/r900/status",
        "/api/r901/items/{id:int}",
        "/api/r902/rooms/{room}",
        "/api/r903/users/{user}/posts/{post:int}",
        "/api/r904/files/{*path}",
        "/api/r905/status",
        "/api/r906/items/{id:int}",
        "/api/r907/rooms/{room}",
        "/api/r908/users/{user}/posts/{post:int}",
        "/api/r909/files/{*path}",
        "/api/r910/status",
        "/api/r911/items/{id:int}",
        "/api/r912/rooms/{room}",
        "/api/r913/users/{user}/posts/{post:int}",
        "/api/r914/files/{*path}",
        "/api/r915/status",
        "/api/r916/items/{id:int}",
        "/api/r917/rooms/{room}",
        "/api/r918/users/{user}/posts/{post:int}",
        "/api/r919/files/{*path}",
        "/api/r920/status",
        "/api/r921/items/{id:int}",
        "/api/r922/rooms/{room}",
        "/api/r923/users/{user}/posts/{post:int}",
        "/api/r924/files/{*path}",
        "/api/r925/status",
        "/api/r926/items/{id:int}",
        "/api/r927/rooms/{room}",
        "/api/r928/users/{user}/posts/{post:int}",
        "/api/r929/files/{*path}",
        "/api/r930/status",
        "/api/r931/items/{id:int}",
        "/api/r932/rooms/{room}",
        "/api/r933/users/{user}/posts/{post:int}",
        "/api/r934/files/{*path}",
        "/api/r935/status",
        "/api/r936/items/{id:int}",
        "/api/r937/rooms/{room}",
        "/api/r938/users/{user}/posts/{post:int}",
        "/api/r939/files/{*path}",
        "/api/r940/status",
        "/api/r941/items/{id:int}",
        "/api/r942/rooms/{room}",
        "/api/r943/users/{user}/posts/{post:int}",
        "/api/r944/files/{*path}",
        "/api/r945/status",
        "/api/r946/items/{id:int}",
        "/api/r947/rooms/{room}",
        "/api/r948/users/{user}/posts/{post:int}",
        "/api/r949/files/{*path}",
        "/api/r950/status",
        "/api/r951/items/{id:int}",
        "/api/r952/rooms/{room}",
        "/api/r953/users/{user}/posts/{post:int}",
        "/api/r954/files/{*path}",
        "/api/r955/status",
        "/api/r956/items/{id:int}",
        "/api/r957/rooms/{room}",
        "/api/r958/users/{user}/posts/{post:int}",
        "/api/r959/files/{*path}",
        "/api/r960/status",
        "/api/r961/items/{id:int}",
        "/api/r962/rooms/{room}",
        "/api/r963/users/{user}/posts/{post:int}",
        "/api/r964/files/{*path}",
        "/api/r965/status",
        "/api/r966/items/{id:int}",
        "/api/r967/rooms/{room}",
        "/api/r968/users/{user}/posts/{post:int}",
        "/api/r969/files/{*path}",
        "/api/r970/status",
        "/api/r971/items/{id:int}",
        "/api/r972/rooms/{room}",
        "/api/r973/users/{user}/posts/{post:int}",
        "/api/r974/files/{*path}",
        "/api/r975/status",
        "/api/r976/items/{id:int}",
        "/api/r977/rooms/{room}",
        "/api/r978/users/{user}/posts/{post:int}",
        "/api/r979/files/{*path}",
        "/api/r980/status",
        "/api/r981/items/{id:int}",
        "/api/r982/rooms/{room}",
        "/api/r983/users/{user}/posts/{post:int}",
        "/api/r984/files/{*path}",
        "/api/r985/status",
        "/api/r986/items/{id:int}",
        "/api/r987/rooms/{room}",
        "/api/r988/users/{user}/posts/{post:int}",
        "/api/r989/files/{*path}",
        "/api/r990/status",
        "/api/r991/items/{id:int}",
        "/api/r992/rooms/{room}",
        "/api/r993/users/{user}/posts/{post:int}",
        "/api/r994/files/{*path}",
        "/api/r995/status",
        "/api/r996/items/{id:int}",
        "/api/r997/rooms/{room}",
        "/api/r998/users/{user}/posts/{post:int}",
        "/api/r999/files/{*path}",
    ];
}

internal static class Routes1000Endpoints
{
    [WebSocketEndpoint("/api/r0/status")] public static ValueTask E0() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r1/items/{id:int}")] public static ValueTask E1(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r2/rooms/{room}")] public static ValueTask E2(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r3/users/{user}/posts/{post:int}")] public static ValueTask E3(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r4/files/{*path}")] public static ValueTask E4(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r5/status")] public static ValueTask E5() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r6/items/{id:int}")] public static ValueTask E6(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r7/rooms/{room}")] public static ValueTask E7(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r8/users/{user}/posts/{post:int}")] public static ValueTask E8(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r9/files/{*path}")] public static ValueTask E9(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r10/status")] public static ValueTask E10() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r11/items/{id:int}")] public static ValueTask E11(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r12/rooms/{room}")] public static ValueTask E12(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r13/users/{user}/posts/{post:int}")] public static ValueTask E13(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r14/files/{*path}")] public static ValueTask E14(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r15/status")] public static ValueTask E15() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r16/items/{id:int}")] public static ValueTask E16(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r17/rooms/{room}")] public static ValueTask E17(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r18/users/{user}/posts/{post:int}")] public static ValueTask E18(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r19/files/{*path}")] public static ValueTask E19(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r20/status")] public static ValueTask E20() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r21/items/{id:int}")] public static ValueTask E21(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r22/rooms/{room}")] public static ValueTask E22(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r23/users/{user}/posts/{post:int}")] public static ValueTask E23(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r24/files/{*path}")] public static ValueTask E24(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r25/status")] public static ValueTask E25() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r26/items/{id:int}")] public static ValueTask E26(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r27/rooms/{room}")] public static ValueTask E27(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r28/users/{user}/posts/{post:int}")] public static ValueTask E28(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r29/files/{*path}")] public static ValueTask E29(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r30/status")] public static ValueTask E30() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r31/items/{id:int}")] public static ValueTask E31(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r32/rooms/{room}")] public static ValueTask E32(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r33/users/{user}/posts/{post:int}")] public static ValueTask E33(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r34/files/{*path}")] public static ValueTask E34(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r35/status")] public static ValueTask E35() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r36/items/{id:int}")] public static ValueTask E36(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r37/rooms/{room}")] public static ValueTask E37(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r38/users/{user}/posts/{post:int}")] public static ValueTask E38(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r39/files/{*path}")] public static ValueTask E39(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r40/status")] public static ValueTask E40() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r41/items/{id:int}")] public static ValueTask E41(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r42/rooms/{room}")] public static ValueTask E42(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r43/users/{user}/posts/{post:int}")] public static ValueTask E43(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r44/files/{*path}")] public static ValueTask E44(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r45/status")] public static ValueTask E45() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r46/items/{id:int}")] public static ValueTask E46(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r47/rooms/{room}")] public static ValueTask E47(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r48/users/{user}/posts/{post:int}")] public static ValueTask E48(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r49/files/{*path}")] public static ValueTask E49(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r50/status")] public static ValueTask E50() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r51/items/{id:int}")] public static ValueTask E51(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r52/rooms/{room}")] public static ValueTask E52(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r53/users/{user}/posts/{post:int}")] public static ValueTask E53(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r54/files/{*path}")] public static ValueTask E54(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r55/status")] public static ValueTask E55() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r56/items/{id:int}")] public static ValueTask E56(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r57/rooms/{room}")] public static ValueTask E57(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r58/users/{user}/posts/{post:int}")] public static ValueTask E58(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r59/files/{*path}")] public static ValueTask E59(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r60/status")] public static ValueTask E60() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r61/items/{id:int}")] public static ValueTask E61(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r62/rooms/{room}")] public static ValueTask E62(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r63/users/{user}/posts/{post:int}")] public static ValueTask E63(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r64/files/{*path}")] public static ValueTask E64(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r65/status")] public static ValueTask E65() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r66/items/{id:int}")] public static ValueTask E66(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r67/rooms/{room}")] public static ValueTask E67(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r68/users/{user}/posts/{post:int}")] public static ValueTask E68(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r69/files/{*path}")] public static ValueTask E69(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r70/status")] public static ValueTask E70() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r71/items/{id:int}")] public static ValueTask E71(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r72/rooms/{room}")] public static ValueTask E72(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r73/users/{user}/posts/{post:int}")] public static ValueTask E73(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r74/files/{*path}")] public static ValueTask E74(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r75/status")] public static ValueTask E75() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r76/items/{id:int}")] public static ValueTask E76(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r77/rooms/{room}")] public static ValueTask E77(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r78/users/{user}/posts/{post:int}")] public static ValueTask E78(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r79/files/{*path}")] public static ValueTask E79(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r80/status")] public static ValueTask E80() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r81/items/{id:int}")] public static ValueTask E81(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r82/rooms/{room}")] public static ValueTask E82(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r83/users/{user}/posts/{post:int}")] public static ValueTask E83(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r84/files/{*path}")] public static ValueTask E84(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r85/status")] public static ValueTask E85() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r86/items/{id:int}")] public static ValueTask E86(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r87/rooms/{room}")] public static ValueTask E87(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r88/users/{user}/posts/{post:int}")] public static ValueTask E88(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r89/files/{*path}")] public static ValueTask E89(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r90/status")] public static ValueTask E90() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r91/items/{id:int}")] public static ValueTask E91(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r92/rooms/{room}")] public static ValueTask E92(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r93/users/{user}/posts/{post:int}")] public static ValueTask E93(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r94/files/{*path}")] public static ValueTask E94(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r95/status")] public static ValueTask E95() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r96/items/{id:int}")] public static ValueTask E96(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r97/rooms/{room}")] public static ValueTask E97(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r98/users/{user}/posts/{post:int}")] public static ValueTask E98(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r99/files/{*path}")] public static ValueTask E99(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r100/status")] public static ValueTask E100() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r101/items/{id:int}")] public static ValueTask E101(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r102/rooms/{room}")] public static ValueTask E102(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r103/users/{user}/posts/{post:int}")] public static ValueTask E103(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r104/files/{*path}")] public static ValueTask E104(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r105/status")] public static ValueTask E105() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r106/items/{id:int}")] public static ValueTask E106(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r107/rooms/{room}")] public static ValueTask E107(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r108/users/{user}/posts/{post:int}")] public static ValueTask E108(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r109/files/{*path}")] public static ValueTask E109(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r110/status")] public static ValueTask E110() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r111/items/{id:int}")] public static ValueTask E111(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r112/rooms/{room}")] public static ValueTask E112(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r113/users/{user}/posts/{post:int}")] public static ValueTask E113(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r114/files/{*path}")] public static ValueTask E114(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r115/status")] public static ValueTask E115() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r116/items/{id:int}")] public static ValueTask E116(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r117/rooms/{room}")] public static ValueTask E117(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r118/users/{user}/posts/{post:int}")] public static ValueTask E118(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r119/files/{*path}")] public static ValueTask E119(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r120/status")] public static ValueTask E120() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r121/items/{id:int}")] public static ValueTask E121(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r122/rooms/{room}")] public static ValueTask E122(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r123/users/{user}/posts/{post:int}")] public static ValueTask E123(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r124/files/{*path}")] public static ValueTask E124(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r125/status")] public static ValueTask E125() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r126/items/{id:int}")] public static ValueTask E126(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r127/rooms/{room}")] public static ValueTask E127(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r128/users/{user}/posts/{post:int}")] public static ValueTask E128(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r129/files/{*path}")] public static ValueTask E129(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r130/status")] public static ValueTask E130() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r131/items/{id:int}")] public static ValueTask E131(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r132/rooms/{room}")] public static ValueTask E132(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r133/users/{user}/posts/{post:int}")] public static ValueTask E133(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r134/files/{*path}")] public static ValueTask E134(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r135/status")] public static ValueTask E135() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r136/items/{id:int}")] public static ValueTask E136(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r137/rooms/{room}")] public static ValueTask E137(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r138/users/{user}/posts/{post:int}")] public static ValueTask E138(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r139/files/{*path}")] public static ValueTask E139(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r140/status")] public static ValueTask E140() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r141/items/{id:int}")] public static ValueTask E141(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r142/rooms/{room}")] public static ValueTask E142(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r143/users/{user}/posts/{post:int}")] public static ValueTask E143(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r144/files/{*path}")] public static ValueTask E144(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r145/status")] public static ValueTask E145() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r146/items/{id:int}")] public static ValueTask E146(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r147/rooms/{room}")] public static ValueTask E147(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r148/users/{user}/posts/{post:int}")] public static ValueTask E148(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r149/files/{*path}")] public static ValueTask E149(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r150/status")] public static ValueTask E150() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r151/items/{id:int}")] public static ValueTask E151(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r152/rooms/{room}")] public static ValueTask E152(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r153/users/{user}/posts/{post:int}")] public static ValueTask E153(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r154/files/{*path}")] public static ValueTask E154(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r155/status")] public static ValueTask E155() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r156/items/{id:int}")] public static ValueTask E156(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r157/rooms/{room}")] public static ValueTask E157(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r158/users/{user}/posts/{post:int}")] public static ValueTask E158(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r159/files/{*path}")] public static ValueTask E159(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r160/status")] public static ValueTask E160() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r161/items/{id:int}")] public static ValueTask E161(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r162/rooms/{room}")] public static ValueTask E162(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r163/users/{user}/posts/{post:int}")] public static ValueTask E163(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r164/files/{*path}")] public static ValueTask E164(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r165/status")] public static ValueTask E165() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r166/items/{id:int}")] public static ValueTask E166(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r167/rooms/{room}")] public static ValueTask E167(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r168/users/{user}/posts/{post:int}")] public static ValueTask E168(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r169/files/{*path}")] public static ValueTask E169(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r170/status")] public static ValueTask E170() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r171/items/{id:int}")] public static ValueTask E171(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r172/rooms/{room}")] public static ValueTask E172(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r173/users/{user}/posts/{post:int}")] public static ValueTask E173(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r174/files/{*path}")] public static ValueTask E174(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r175/status")] public static ValueTask E175() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r176/items/{id:int}")] public static ValueTask E176(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r177/rooms/{room}")] public static ValueTask E177(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r178/users/{user}/posts/{post:int}")] public static ValueTask E178(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r179/files/{*path}")] public static ValueTask E179(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r180/status")] public static ValueTask E180() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r181/items/{id:int}")] public static ValueTask E181(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r182/rooms/{room}")] public static ValueTask E182(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r183/users/{user}/posts/{post:int}")] public static ValueTask E183(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r184/files/{*path}")] public static ValueTask E184(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r185/status")] public static ValueTask E185() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r186/items/{id:int}")] public static ValueTask E186(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r187/rooms/{room}")] public static ValueTask E187(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r188/users/{user}/posts/{post:int}")] public static ValueTask E188(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r189/files/{*path}")] public static ValueTask E189(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r190/status")] public static ValueTask E190() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r191/items/{id:int}")] public static ValueTask E191(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r192/rooms/{room}")] public static ValueTask E192(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r193/users/{user}/posts/{post:int}")] public static ValueTask E193(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r194/files/{*path}")] public static ValueTask E194(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r195/status")] public static ValueTask E195() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r196/items/{id:int}")] public static ValueTask E196(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r197/rooms/{room}")] public static ValueTask E197(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r198/users/{user}/posts/{post:int}")] public static ValueTask E198(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r199/files/{*path}")] public static ValueTask E199(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r200/status")] public static ValueTask E200() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r201/items/{id:int}")] public static ValueTask E201(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r202/rooms/{room}")] public static ValueTask E202(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r203/users/{user}/posts/{post:int}")] public static ValueTask E203(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r204/files/{*path}")] public static ValueTask E204(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r205/status")] public static ValueTask E205() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r206/items/{id:int}")] public static ValueTask E206(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r207/rooms/{room}")] public static ValueTask E207(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r208/users/{user}/posts/{post:int}")] public static ValueTask E208(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r209/files/{*path}")] public static ValueTask E209(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r210/status")] public static ValueTask E210() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r211/items/{id:int}")] public static ValueTask E211(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r212/rooms/{room}")] public static ValueTask E212(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r213/users/{user}/posts/{post:int}")] public static ValueTask E213(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r214/files/{*path}")] public static ValueTask E214(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r215/status")] public static ValueTask E215() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r216/items/{id:int}")] public static ValueTask E216(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r217/rooms/{room}")] public static ValueTask E217(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r218/users/{user}/posts/{post:int}")] public static ValueTask E218(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r219/files/{*path}")] public static ValueTask E219(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r220/status")] public static ValueTask E220() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r221/items/{id:int}")] public static ValueTask E221(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r222/rooms/{room}")] public static ValueTask E222(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r223/users/{user}/posts/{post:int}")] public static ValueTask E223(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r224/files/{*path}")] public static ValueTask E224(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r225/status")] public static ValueTask E225() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r226/items/{id:int}")] public static ValueTask E226(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r227/rooms/{room}")] public static ValueTask E227(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r228/users/{user}/posts/{post:int}")] public static ValueTask E228(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r229/files/{*path}")] public static ValueTask E229(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r230/status")] public static ValueTask E230() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r231/items/{id:int}")] public static ValueTask E231(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r232/rooms/{room}")] public static ValueTask E232(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r233/users/{user}/posts/{post:int}")] public static ValueTask E233(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r234/files/{*path}")] public static ValueTask E234(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r235/status")] public static ValueTask E235() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r236/items/{id:int}")] public static ValueTask E236(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r237/rooms/{room}")] public static ValueTask E237(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r238/users/{user}/posts/{post:int}")] public static ValueTask E238(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r239/files/{*path}")] public static ValueTask E239(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r240/status")] public static ValueTask E240() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r241/items/{id:int}")] public static ValueTask E241(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r242/rooms/{room}")] public static ValueTask E242(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r243/users/{user}/posts/{post:int}")] public static ValueTask E243(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r244/files/{*path}")] public static ValueTask E244(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r245/status")] public static ValueTask E245() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r246/items/{id:int}")] public static ValueTask E246(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r247/rooms/{room}")] public static ValueTask E247(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r248/users/{user}/posts/{post:int}")] public static ValueTask E248(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r249/files/{*path}")] public static ValueTask E249(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r250/status")] public static ValueTask E250() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r251/items/{id:int}")] public static ValueTask E251(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r252/rooms/{room}")] public static ValueTask E252(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r253/users/{user}/posts/{post:int}")] public static ValueTask E253(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r254/files/{*path}")] public static ValueTask E254(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r255/status")] public static ValueTask E255() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r256/items/{id:int}")] public static ValueTask E256(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r257/rooms/{room}")] public static ValueTask E257(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r258/users/{user}/posts/{post:int}")] public static ValueTask E258(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r259/files/{*path}")] public static ValueTask E259(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r260/status")] public static ValueTask E260() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r261/items/{id:int}")] public static ValueTask E261(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r262/rooms/{room}")] public static ValueTask E262(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r263/users/{user}/posts/{post:int}")] public static ValueTask E263(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r264/files/{*path}")] public static ValueTask E264(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r265/status")] public static ValueTask E265() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r266/items/{id:int}")] public static ValueTask E266(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r267/rooms/{room}")] public static ValueTask E267(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r268/users/{user}/posts/{post:int}")] public static ValueTask E268(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r269/files/{*path}")] public static ValueTask E269(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r270/status")] public static ValueTask E270() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r271/items/{id:int}")] public static ValueTask E271(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r272/rooms/{room}")] public static ValueTask E272(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r273/users/{user}/posts/{post:int}")] public static ValueTask E273(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r274/files/{*path}")] public static ValueTask E274(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r275/status")] public static ValueTask E275() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r276/items/{id:int}")] public static ValueTask E276(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r277/rooms/{room}")] public static ValueTask E277(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r278/users/{user}/posts/{post:int}")] public static ValueTask E278(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r279/files/{*path}")] public static ValueTask E279(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r280/status")] public static ValueTask E280() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r281/items/{id:int}")] public static ValueTask E281(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r282/rooms/{room}")] public static ValueTask E282(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r283/users/{user}/posts/{post:int}")] public static ValueTask E283(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r284/files/{*path}")] public static ValueTask E284(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r285/status")] public static ValueTask E285() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r286/items/{id:int}")] public static ValueTask E286(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r287/rooms/{room}")] public static ValueTask E287(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r288/users/{user}/posts/{post:int}")] public static ValueTask E288(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r289/files/{*path}")] public static ValueTask E289(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r290/status")] public static ValueTask E290() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r291/items/{id:int}")] public static ValueTask E291(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r292/rooms/{room}")] public static ValueTask E292(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r293/users/{user}/posts/{post:int}")] public static ValueTask E293(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r294/files/{*path}")] public static ValueTask E294(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r295/status")] public static ValueTask E295() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r296/items/{id:int}")] public static ValueTask E296(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r297/rooms/{room}")] public static ValueTask E297(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r298/users/{user}/posts/{post:int}")] public static ValueTask E298(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r299/files/{*path}")] public static ValueTask E299(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r300/status")] public static ValueTask E300() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r301/items/{id:int}")] public static ValueTask E301(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r302/rooms/{room}")] public static ValueTask E302(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r303/users/{user}/posts/{post:int}")] public static ValueTask E303(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r304/files/{*path}")] public static ValueTask E304(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r305/status")] public static ValueTask E305() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r306/items/{id:int}")] public static ValueTask E306(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r307/rooms/{room}")] public static ValueTask E307(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r308/users/{user}/posts/{post:int}")] public static ValueTask E308(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r309/files/{*path}")] public static ValueTask E309(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r310/status")] public static ValueTask E310() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r311/items/{id:int}")] public static ValueTask E311(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r312/rooms/{room}")] public static ValueTask E312(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r313/users/{user}/posts/{post:int}")] public static ValueTask E313(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r314/files/{*path}")] public static ValueTask E314(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r315/status")] public static ValueTask E315() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r316/items/{id:int}")] public static ValueTask E316(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r317/rooms/{room}")] public static ValueTask E317(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r318/users/{user}/posts/{post:int}")] public static ValueTask E318(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r319/files/{*path}")] public static ValueTask E319(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r320/status")] public static ValueTask E320() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r321/items/{id:int}")] public static ValueTask E321(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r322/rooms/{room}")] public static ValueTask E322(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r323/users/{user}/posts/{post:int}")] public static ValueTask E323(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r324/files/{*path}")] public static ValueTask E324(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r325/status")] public static ValueTask E325() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r326/items/{id:int}")] public static ValueTask E326(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r327/rooms/{room}")] public static ValueTask E327(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r328/users/{user}/posts/{post:int}")] public static ValueTask E328(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r329/files/{*path}")] public static ValueTask E329(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r330/status")] public static ValueTask E330() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r331/items/{id:int}")] public static ValueTask E331(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r332/rooms/{room}")] public static ValueTask E332(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r333/users/{user}/posts/{post:int}")] public static ValueTask E333(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r334/files/{*path}")] public static ValueTask E334(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r335/status")] public static ValueTask E335() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r336/items/{id:int}")] public static ValueTask E336(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r337/rooms/{room}")] public static ValueTask E337(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r338/users/{user}/posts/{post:int}")] public static ValueTask E338(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r339/files/{*path}")] public static ValueTask E339(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r340/status")] public static ValueTask E340() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r341/items/{id:int}")] public static ValueTask E341(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r342/rooms/{room}")] public static ValueTask E342(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r343/users/{user}/posts/{post:int}")] public static ValueTask E343(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r344/files/{*path}")] public static ValueTask E344(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r345/status")] public static ValueTask E345() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r346/items/{id:int}")] public static ValueTask E346(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r347/rooms/{room}")] public static ValueTask E347(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r348/users/{user}/posts/{post:int}")] public static ValueTask E348(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r349/files/{*path}")] public static ValueTask E349(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r350/status")] public static ValueTask E350() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r351/items/{id:int}")] public static ValueTask E351(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r352/rooms/{room}")] public static ValueTask E352(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r353/users/{user}/posts/{post:int}")] public static ValueTask E353(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r354/files/{*path}")] public static ValueTask E354(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r355/status")] public static ValueTask E355() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r356/items/{id:int}")] public static ValueTask E356(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r357/rooms/{room}")] public static ValueTask E357(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r358/users/{user}/posts/{post:int}")] public static ValueTask E358(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r359/files/{*path}")] public static ValueTask E359(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r360/status")] public static ValueTask E360() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r361/items/{id:int}")] public static ValueTask E361(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r362/rooms/{room}")] public static ValueTask E362(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r363/users/{user}/posts/{post:int}")] public static ValueTask E363(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r364/files/{*path}")] public static ValueTask E364(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r365/status")] public static ValueTask E365() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r366/items/{id:int}")] public static ValueTask E366(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r367/rooms/{room}")] public static ValueTask E367(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r368/users/{user}/posts/{post:int}")] public static ValueTask E368(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r369/files/{*path}")] public static ValueTask E369(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r370/status")] public static ValueTask E370() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r371/items/{id:int}")] public static ValueTask E371(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r372/rooms/{room}")] public static ValueTask E372(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r373/users/{user}/posts/{post:int}")] public static ValueTask E373(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r374/files/{*path}")] public static ValueTask E374(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r375/status")] public static ValueTask E375() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r376/items/{id:int}")] public static ValueTask E376(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r377/rooms/{room}")] public static ValueTask E377(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r378/users/{user}/posts/{post:int}")] public static ValueTask E378(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r379/files/{*path}")] public static ValueTask E379(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r380/status")] public static ValueTask E380() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r381/items/{id:int}")] public static ValueTask E381(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r382/rooms/{room}")] public static ValueTask E382(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r383/users/{user}/posts/{post:int}")] public static ValueTask E383(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r384/files/{*path}")] public static ValueTask E384(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r385/status")] public static ValueTask E385() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r386/items/{id:int}")] public static ValueTask E386(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r387/rooms/{room}")] public static ValueTask E387(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r388/users/{user}/posts/{post:int}")] public static ValueTask E388(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r389/files/{*path}")] public static ValueTask E389(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r390/status")] public static ValueTask E390() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r391/items/{id:int}")] public static ValueTask E391(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r392/rooms/{room}")] public static ValueTask E392(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r393/users/{user}/posts/{post:int}")] public static ValueTask E393(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r394/files/{*path}")] public static ValueTask E394(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r395/status")] public static ValueTask E395() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r396/items/{id:int}")] public static ValueTask E396(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r397/rooms/{room}")] public static ValueTask E397(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r398/users/{user}/posts/{post:int}")] public static ValueTask E398(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r399/files/{*path}")] public static ValueTask E399(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r400/status")] public static ValueTask E400() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r401/items/{id:int}")] public static ValueTask E401(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r402/rooms/{room}")] public static ValueTask E402(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r403/users/{user}/posts/{post:int}")] public static ValueTask E403(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r404/files/{*path}")] public static ValueTask E404(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r405/status")] public static ValueTask E405() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r406/items/{id:int}")] public static ValueTask E406(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r407/rooms/{room}")] public static ValueTask E407(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r408/users/{user}/posts/{post:int}")] public static ValueTask E408(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r409/files/{*path}")] public static ValueTask E409(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r410/status")] public static ValueTask E410() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r411/items/{id:int}")] public static ValueTask E411(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r412/rooms/{room}")] public static ValueTask E412(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r413/users/{user}/posts/{post:int}")] public static ValueTask E413(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r414/files/{*path}")] public static ValueTask E414(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r415/status")] public static ValueTask E415() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r416/items/{id:int}")] public static ValueTask E416(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r417/rooms/{room}")] public static ValueTask E417(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r418/users/{user}/posts/{post:int}")] public static ValueTask E418(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r419/files/{*path}")] public static ValueTask E419(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r420/status")] public static ValueTask E420() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r421/items/{id:int}")] public static ValueTask E421(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r422/rooms/{room}")] public static ValueTask E422(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r423/users/{user}/posts/{post:int}")] public static ValueTask E423(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r424/files/{*path}")] public static ValueTask E424(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r425/status")] public static ValueTask E425() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r426/items/{id:int}")] public static ValueTask E426(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r427/rooms/{room}")] public static ValueTask E427(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r428/users/{user}/posts/{post:int}")] public static ValueTask E428(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r429/files/{*path}")] public static ValueTask E429(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r430/status")] public static ValueTask E430() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r431/items/{id:int}")] public static ValueTask E431(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r432/rooms/{room}")] public static ValueTask E432(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r433/users/{user}/posts/{post:int}")] public static ValueTask E433(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r434/files/{*path}")] public static ValueTask E434(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r435/status")] public static ValueTask E435() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r436/items/{id:int}")] public static ValueTask E436(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r437/rooms/{room}")] public static ValueTask E437(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r438/users/{user}/posts/{post:int}")] public static ValueTask E438(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r439/files/{*path}")] public static ValueTask E439(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r440/status")] public static ValueTask E440() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r441/items/{id:int}")] public static ValueTask E441(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r442/rooms/{room}")] public static ValueTask E442(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r443/users/{user}/posts/{post:int}")] public static ValueTask E443(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r444/files/{*path}")] public static ValueTask E444(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r445/status")] public static ValueTask E445() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r446/items/{id:int}")] public static ValueTask E446(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r447/rooms/{room}")] public static ValueTask E447(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r448/users/{user}/posts/{post:int}")] public static ValueTask E448(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r449/files/{*path}")] public static ValueTask E449(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r450/status")] public static ValueTask E450() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r451/items/{id:int}")] public static ValueTask E451(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r452/rooms/{room}")] public static ValueTask E452(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r453/users/{user}/posts/{post:int}")] public static ValueTask E453(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r454/files/{*path}")] public static ValueTask E454(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r455/status")] public static ValueTask E455() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r456/items/{id:int}")] public static ValueTask E456(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r457/rooms/{room}")] public static ValueTask E457(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r458/users/{user}/posts/{post:int}")] public static ValueTask E458(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r459/files/{*path}")] public static ValueTask E459(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r460/status")] public static ValueTask E460() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r461/items/{id:int}")] public static ValueTask E461(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r462/rooms/{room}")] public static ValueTask E462(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r463/users/{user}/posts/{post:int}")] public static ValueTask E463(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r464/files/{*path}")] public static ValueTask E464(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r465/status")] public static ValueTask E465() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r466/items/{id:int}")] public static ValueTask E466(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r467/rooms/{room}")] public static ValueTask E467(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r468/users/{user}/posts/{post:int}")] public static ValueTask E468(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r469/files/{*path}")] public static ValueTask E469(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r470/status")] public static ValueTask E470() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r471/items/{id:int}")] public static ValueTask E471(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r472/rooms/{room}")] public static ValueTask E472(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r473/users/{user}/posts/{post:int}")] public static ValueTask E473(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r474/files/{*path}")] public static ValueTask E474(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r475/status")] public static ValueTask E475() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r476/items/{id:int}")] public static ValueTask E476(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r477/rooms/{room}")] public static ValueTask E477(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r478/users/{user}/posts/{post:int}")] public static ValueTask E478(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r479/files/{*path}")] public static ValueTask E479(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r480/status")] public static ValueTask E480() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r481/items/{id:int}")] public static ValueTask E481(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r482/rooms/{room}")] public static ValueTask E482(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r483/users/{user}/posts/{post:int}")] public static ValueTask E483(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r484/files/{*path}")] public static ValueTask E484(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r485/status")] public static ValueTask E485() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r486/items/{id:int}")] public static ValueTask E486(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r487/rooms/{room}")] public static ValueTask E487(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r488/users/{user}/posts/{post:int}")] public static ValueTask E488(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r489/files/{*path}")] public static ValueTask E489(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r490/status")] public static ValueTask E490() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r491/items/{id:int}")] public static ValueTask E491(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r492/rooms/{room}")] public static ValueTask E492(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r493/users/{user}/posts/{post:int}")] public static ValueTask E493(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r494/files/{*path}")] public static ValueTask E494(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r495/status")] public static ValueTask E495() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r496/items/{id:int}")] public static ValueTask E496(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r497/rooms/{room}")] public static ValueTask E497(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r498/users/{user}/posts/{post:int}")] public static ValueTask E498(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r499/files/{*path}")] public static ValueTask E499(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r500/status")] public static ValueTask E500() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r501/items/{id:int}")] public static ValueTask E501(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r502/rooms/{room}")] public static ValueTask E502(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r503/users/{user}/posts/{post:int}")] public static ValueTask E503(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r504/files/{*path}")] public static ValueTask E504(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r505/status")] public static ValueTask E505() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r506/items/{id:int}")] public static ValueTask E506(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r507/rooms/{room}")] public static ValueTask E507(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r508/users/{user}/posts/{post:int}")] public static ValueTask E508(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r509/files/{*path}")] public static ValueTask E509(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r510/status")] public static ValueTask E510() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r511/items/{id:int}")] public static ValueTask E511(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r512/rooms/{room}")] public static ValueTask E512(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r513/users/{user}/posts/{post:int}")] public static ValueTask E513(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r514/files/{*path}")] public static ValueTask E514(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r515/status")] public static ValueTask E515() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r516/items/{id:int}")] public static ValueTask E516(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r517/rooms/{room}")] public static ValueTask E517(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r518/users/{user}/posts/{post:int}")] public static ValueTask E518(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r519/files/{*path}")] public static ValueTask E519(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r520/status")] public static ValueTask E520() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r521/items/{id:int}")] public static ValueTask E521(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r522/rooms/{room}")] public static ValueTask E522(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r523/users/{user}/posts/{post:int}")] public static ValueTask E523(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r524/files/{*path}")] public static ValueTask E524(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r525/status")] public static ValueTask E525() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r526/items/{id:int}")] public static ValueTask E526(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r527/rooms/{room}")] public static ValueTask E527(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r528/users/{user}/posts/{post:int}")] public static ValueTask E528(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r529/files/{*path}")] public static ValueTask E529(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r530/status")] public static ValueTask E530() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r531/items/{id:int}")] public static ValueTask E531(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r532/rooms/{room}")] public static ValueTask E532(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r533/users/{user}/posts/{post:int}")] public static ValueTask E533(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r534/files/{*path}")] public static ValueTask E534(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r535/status")] public static ValueTask E535() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r536/items/{id:int}")] public static ValueTask E536(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r537/rooms/{room}")] public static ValueTask E537(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r538/users/{user}/posts/{post:int}")] public static ValueTask E538(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r539/files/{*path}")] public static ValueTask E539(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r540/status")] public static ValueTask E540() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r541/items/{id:int}")] public static ValueTask E541(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r542/rooms/{room}")] public static ValueTask E542(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r543/users/{user}/posts/{post:int}")] public static ValueTask E543(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r544/files/{*path}")] public static ValueTask E544(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r545/status")] public static ValueTask E545() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r546/items/{id:int}")] public static ValueTask E546(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r547/rooms/{room}")] public static ValueTask E547(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r548/users/{user}/posts/{post:int}")] public static ValueTask E548(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r549/files/{*path}")] public static ValueTask E549(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r550/status")] public static ValueTask E550() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r551/items/{id:int}")] public static ValueTask E551(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r552/rooms/{room}")] public static ValueTask E552(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r553/users/{user}/posts/{post:int}")] public static ValueTask E553(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r554/files/{*path}")] public static ValueTask E554(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r555/status")] public static ValueTask E555() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r556/items/{id:int}")] public static ValueTask E556(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r557/rooms/{room}")] public static ValueTask E557(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r558/users/{user}/posts/{post:int}")] public static ValueTask E558(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r559/files/{*path}")] public static ValueTask E559(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r560/status")] public static ValueTask E560() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r561/items/{id:int}")] public static ValueTask E561(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r562/rooms/{room}")] public static ValueTask E562(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r563/users/{user}/posts/{post:int}")] public static ValueTask E563(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r564/files/{*path}")] public static ValueTask E564(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r565/status")] public static ValueTask E565() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r566/items/{id:int}")] public static ValueTask E566(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r567/rooms/{room}")] public static ValueTask E567(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r568/users/{user}/posts/{post:int}")] public static ValueTask E568(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r569/files/{*path}")] public static ValueTask E569(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r570/status")] public static ValueTask E570() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r571/items/{id:int}")] public static ValueTask E571(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r572/rooms/{room}")] public static ValueTask E572(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r573/users/{user}/posts/{post:int}")] public static ValueTask E573(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r574/files/{*path}")] public static ValueTask E574(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r575/status")] public static ValueTask E575() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r576/items/{id:int}")] public static ValueTask E576(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r577/rooms/{room}")] public static ValueTask E577(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r578/users/{user}/posts/{post:int}")] public static ValueTask E578(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r579/files/{*path}")] public static ValueTask E579(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r580/status")] public static ValueTask E580() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r581/items/{id:int}")] public static ValueTask E581(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r582/rooms/{room}")] public static ValueTask E582(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r583/users/{user}/posts/{post:int}")] public static ValueTask E583(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r584/files/{*path}")] public static ValueTask E584(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r585/status")] public static ValueTask E585() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r586/items/{id:int}")] public static ValueTask E586(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r587/rooms/{room}")] public static ValueTask E587(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r588/users/{user}/posts/{post:int}")] public static ValueTask E588(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r589/files/{*path}")] public static ValueTask E589(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r590/status")] public static ValueTask E590() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r591/items/{id:int}")] public static ValueTask E591(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r592/rooms/{room}")] public static ValueTask E592(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r593/users/{user}/posts/{post:int}")] public static ValueTask E593(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r594/files/{*path}")] public static ValueTask E594(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r595/status")] public static ValueTask E595() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r596/items/{id:int}")] public static ValueTask E596(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r597/rooms/{room}")] public static ValueTask E597(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r598/users/{user}/posts/{post:int}")] public static ValueTask E598(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r599/files/{*path}")] public static ValueTask E599(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r600/status")] public static ValueTask E600() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r601/items/{id:int}")] public static ValueTask E601(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r602/rooms/{room}")] public static ValueTask E602(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r603/users/{user}/posts/{post:int}")] public static ValueTask E603(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r604/files/{*path}")] public static ValueTask E604(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r605/status")] public static ValueTask E605() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r606/items/{id:int}")] public static ValueTask E606(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r607/rooms/{room}")] public static ValueTask E607(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r608/users/{user}/posts/{post:int}")] public static ValueTask E608(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r609/files/{*path}")] public static ValueTask E609(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r610/status")] public static ValueTask E610() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r611/items/{id:int}")] public static ValueTask E611(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r612/rooms/{room}")] public static ValueTask E612(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r613/users/{user}/posts/{post:int}")] public static ValueTask E613(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r614/files/{*path}")] public static ValueTask E614(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r615/status")] public static ValueTask E615() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r616/items/{id:int}")] public static ValueTask E616(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r617/rooms/{room}")] public static ValueTask E617(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r618/users/{user}/posts/{post:int}")] public static ValueTask E618(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r619/files/{*path}")] public static ValueTask E619(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r620/status")] public static ValueTask E620() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r621/items/{id:int}")] public static ValueTask E621(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r622/rooms/{room}")] public static ValueTask E622(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r623/users/{user}/posts/{post:int}")] public static ValueTask E623(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r624/files/{*path}")] public static ValueTask E624(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r625/status")] public static ValueTask E625() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r626/items/{id:int}")] public static ValueTask E626(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r627/rooms/{room}")] public static ValueTask E627(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r628/users/{user}/posts/{post:int}")] public static ValueTask E628(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r629/files/{*path}")] public static ValueTask E629(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r630/status")] public static ValueTask E630() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r631/items/{id:int}")] public static ValueTask E631(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r632/rooms/{room}")] public static ValueTask E632(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r633/users/{user}/posts/{post:int}")] public static ValueTask E633(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r634/files/{*path}")] public static ValueTask E634(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r635/status")] public static ValueTask E635() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r636/items/{id:int}")] public static ValueTask E636(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r637/rooms/{room}")] public static ValueTask E637(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r638/users/{user}/posts/{post:int}")] public static ValueTask E638(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r639/files/{*path}")] public static ValueTask E639(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r640/status")] public static ValueTask E640() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r641/items/{id:int}")] public static ValueTask E641(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r642/rooms/{room}")] public static ValueTask E642(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r643/users/{user}/posts/{post:int}")] public static ValueTask E643(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r644/files/{*path}")] public static ValueTask E644(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r645/status")] public static ValueTask E645() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r646/items/{id:int}")] public static ValueTask E646(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r647/rooms/{room}")] public static ValueTask E647(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r648/users/{user}/posts/{post:int}")] public static ValueTask E648(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r649/files/{*path}")] public static ValueTask E649(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r650/status")] public static ValueTask E650() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r651/items/{id:int}")] public static ValueTask E651(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r652/rooms/{room}")] public static ValueTask E652(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r653/users/{user}/posts/{post:int}")] public static ValueTask E653(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r654/files/{*path}")] public static ValueTask E654(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r655/status")] public static ValueTask E655() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r656/items/{id:int}")] public static ValueTask E656(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r657/rooms/{room}")] public static ValueTask E657(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r658/users/{user}/posts/{post:int}")] public static ValueTask E658(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r659/files/{*path}")] public static ValueTask E659(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r660/status")] public static ValueTask E660() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r661/items/{id:int}")] public static ValueTask E661(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r662/rooms/{room}")] public static ValueTask E662(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r663/users/{user}/posts/{post:int}")] public static ValueTask E663(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r664/files/{*path}")] public static ValueTask E664(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r665/status")] public static ValueTask E665() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r666/items/{id:int}")] public static ValueTask E666(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r667/rooms/{room}")] public static ValueTask E667(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r668/users/{user}/posts/{post:int}")] public static ValueTask E668(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r669/files/{*path}")] public static ValueTask E669(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r670/status")] public static ValueTask E670() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r671/items/{id:int}")] public static ValueTask E671(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r672/rooms/{room}")] public static ValueTask E672(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r673/users/{user}/posts/{post:int}")] public static ValueTask E673(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r674/files/{*path}")] public static ValueTask E674(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r675/status")] public static ValueTask E675() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r676/items/{id:int}")] public static ValueTask E676(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r677/rooms/{room}")] public static ValueTask E677(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r678/users/{user}/posts/{post:int}")] public static ValueTask E678(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r679/files/{*path}")] public static ValueTask E679(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r680/status")] public static ValueTask E680() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r681/items/{id:int}")] public static ValueTask E681(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r682/rooms/{room}")] public static ValueTask E682(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r683/users/{user}/posts/{post:int}")] public static ValueTask E683(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r684/files/{*path}")] public static ValueTask E684(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r685/status")] public static ValueTask E685() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r686/items/{id:int}")] public static ValueTask E686(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r687/rooms/{room}")] public static ValueTask E687(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r688/users/{user}/posts/{post:int}")] public static ValueTask E688(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r689/files/{*path}")] public static ValueTask E689(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r690/status")] public static ValueTask E690() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r691/items/{id:int}")] public static ValueTask E691(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r692/rooms/{room}")] public static ValueTask E692(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r693/users/{user}/posts/{post:int}")] public static ValueTask E693(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r694/files/{*path}")] public static ValueTask E694(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r695/status")] public static ValueTask E695() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r696/items/{id:int}")] public static ValueTask E696(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r697/rooms/{room}")] public static ValueTask E697(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r698/users/{user}/posts/{post:int}")] public static ValueTask E698(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r699/files/{*path}")] public static ValueTask E699(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r700/status")] public static ValueTask E700() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r701/items/{id:int}")] public static ValueTask E701(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r702/rooms/{room}")] public static ValueTask E702(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r703/users/{user}/posts/{post:int}")] public static ValueTask E703(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r704/files/{*path}")] public static ValueTask E704(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r705/status")] public static ValueTask E705() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r706/items/{id:int}")] public static ValueTask E706(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r707/rooms/{room}")] public static ValueTask E707(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r708/users/{user}/posts/{post:int}")] public static ValueTask E708(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r709/files/{*path}")] public static ValueTask E709(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r710/status")] public static ValueTask E710() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r711/items/{id:int}")] public static ValueTask E711(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r712/rooms/{room}")] public static ValueTask E712(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r713/users/{user}/posts/{post:int}")] public static ValueTask E713(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r714/files/{*path}")] public static ValueTask E714(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r715/status")] public static ValueTask E715() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r716/items/{id:int}")] public static ValueTask E716(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r717/rooms/{room}")] public static ValueTask E717(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r718/users/{user}/posts/{post:int}")] public static ValueTask E718(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r719/files/{*path}")] public static ValueTask E719(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r720/status")] public static ValueTask E720() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r721/items/{id:int}")] public static ValueTask E721(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r722/rooms/{room}")] public static ValueTask E722(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r723/users/{user}/posts/{post:int}")] public static ValueTask E723(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r724/files/{*path}")] public static ValueTask E724(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r725/status")] public static ValueTask E725() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r726/items/{id:int}")] public static ValueTask E726(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r727/rooms/{room}")] public static ValueTask E727(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r728/users/{user}/posts/{post:int}")] public static ValueTask E728(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r729/files/{*path}")] public static ValueTask E729(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r730/status")] public static ValueTask E730() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r731/items/{id:int}")] public static ValueTask E731(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r732/rooms/{room}")] public static ValueTask E732(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r733/users/{user}/posts/{post:int}")] public static ValueTask E733(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r734/files/{*path}")] public static ValueTask E734(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r735/status")] public static ValueTask E735() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r736/items/{id:int}")] public static ValueTask E736(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r737/rooms/{room}")] public static ValueTask E737(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r738/users/{user}/posts/{post:int}")] public static ValueTask E738(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r739/files/{*path}")] public static ValueTask E739(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r740/status")] public static ValueTask E740() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r741/items/{id:int}")] public static ValueTask E741(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r742/rooms/{room}")] public static ValueTask E742(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r743/users/{user}/posts/{post:int}")] public static ValueTask E743(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r744/files/{*path}")] public static ValueTask E744(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r745/status")] public static ValueTask E745() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r746/items/{id:int}")] public static ValueTask E746(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r747/rooms/{room}")] public static ValueTask E747(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r748/users/{user}/posts/{post:int}")] public static ValueTask E748(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r749/files/{*path}")] public static ValueTask E749(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r750/status")] public static ValueTask E750() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r751/items/{id:int}")] public static ValueTask E751(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r752/rooms/{room}")] public static ValueTask E752(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r753/users/{user}/posts/{post:int}")] public static ValueTask E753(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r754/files/{*path}")] public static ValueTask E754(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r755/status")] public static ValueTask E755() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r756/items/{id:int}")] public static ValueTask E756(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r757/rooms/{room}")] public static ValueTask E757(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r758/users/{user}/posts/{post:int}")] public static ValueTask E758(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r759/files/{*path}")] public static ValueTask E759(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r760/status")] public static ValueTask E760() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r761/items/{id:int}")] public static ValueTask E761(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r762/rooms/{room}")] public static ValueTask E762(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r763/users/{user}/posts/{post:int}")] public static ValueTask E763(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r764/files/{*path}")] public static ValueTask E764(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r765/status")] public static ValueTask E765() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r766/items/{id:int}")] public static ValueTask E766(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r767/rooms/{room}")] public static ValueTask E767(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r768/users/{user}/posts/{post:int}")] public static ValueTask E768(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r769/files/{*path}")] public static ValueTask E769(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r770/status")] public static ValueTask E770() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r771/items/{id:int}")] public static ValueTask E771(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r772/rooms/{room}")] public static ValueTask E772(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r773/users/{user}/posts/{post:int}")] public static ValueTask E773(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r774/files/{*path}")] public static ValueTask E774(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r775/status")] public static ValueTask E775() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r776/items/{id:int}")] public static ValueTask E776(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r777/rooms/{room}")] public static ValueTask E777(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r778/users/{user}/posts/{post:int}")] public static ValueTask E778(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r779/files/{*path}")] public static ValueTask E779(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r780/status")] public static ValueTask E780() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r781/items/{id:int}")] public static ValueTask E781(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r782/rooms/{room}")] public static ValueTask E782(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r783/users/{user}/posts/{post:int}")] public static ValueTask E783(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r784/files/{*path}")] public static ValueTask E784(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r785/status")] public static ValueTask E785() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r786/items/{id:int}")] public static ValueTask E786(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r787/rooms/{room}")] public static ValueTask E787(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r788/users/{user}/posts/{post:int}")] public static ValueTask E788(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r789/files/{*path}")] public static ValueTask E789(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r790/status")] public static ValueTask E790() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r791/items/{id:int}")] public static ValueTask E791(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r792/rooms/{room}")] public static ValueTask E792(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r793/users/{user}/posts/{post:int}")] public static ValueTask E793(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r794/files/{*path}")] public static ValueTask E794(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r795/status")] public static ValueTask E795() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r796/items/{id:int}")] public static ValueTask E796(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r797/rooms/{room}")] public static ValueTask E797(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r798/users/{user}/posts/{post:int}")] public static ValueTask E798(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r799/files/{*path}")] public static ValueTask E799(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r800/status")] public static ValueTask E800() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r801/items/{id:int}")] public static ValueTask E801(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r802/rooms/{room}")] public static ValueTask E802(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r803/users/{user}/posts/{post:int}")] public static ValueTask E803(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r804/files/{*path}")] public static ValueTask E804(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r805/status")] public static ValueTask E805() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r806/items/{id:int}")] public static ValueTask E806(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r807/rooms/{room}")] public static ValueTask E807(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r808/users/{user}/posts/{post:int}")] public static ValueTask E808(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r809/files/{*path}")] public static ValueTask E809(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r810/status")] public static ValueTask E810() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r811/items/{id:int}")] public static ValueTask E811(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r812/rooms/{room}")] public static ValueTask E812(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r813/users/{user}/posts/{post:int}")] public static ValueTask E813(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r814/files/{*path}")] public static ValueTask E814(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r815/status")] public static ValueTask E815() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r816/items/{id:int}")] public static ValueTask E816(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r817/rooms/{room}")] public static ValueTask E817(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r818/users/{user}/posts/{post:int}")] public static ValueTask E818(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r819/files/{*path}")] public static ValueTask E819(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r820/status")] public static ValueTask E820() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r821/items/{id:int}")] public static ValueTask E821(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r822/rooms/{room}")] public static ValueTask E822(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r823/users/{user}/posts/{post:int}")] public static ValueTask E823(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r824/files/{*path}")] public static ValueTask E824(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r825/status")] public static ValueTask E825() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r826/items/{id:int}")] public static ValueTask E826(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r827/rooms/{room}")] public static ValueTask E827(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r828/users/{user}/posts/{post:int}")] public static ValueTask E828(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r829/files/{*path}")] public static ValueTask E829(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r830/status")] public static ValueTask E830() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r831/items/{id:int}")] public static ValueTask E831(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r832/rooms/{room}")] public static ValueTask E832(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r833/users/{user}/posts/{post:int}")] public static ValueTask E833(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r834/files/{*path}")] public static ValueTask E834(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r835/status")] public static ValueTask E835() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r836/items/{id:int}")] public static ValueTask E836(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r837/rooms/{room}")] public static ValueTask E837(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r838/users/{user}/posts/{post:int}")] public static ValueTask E838(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r839/files/{*path}")] public static ValueTask E839(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r840/status")] public static ValueTask E840() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r841/items/{id:int}")] public static ValueTask E841(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r842/rooms/{room}")] public static ValueTask E842(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r843/users/{user}/posts/{post:int}")] public static ValueTask E843(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r844/files/{*path}")] public static ValueTask E844(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r845/status")] public static ValueTask E845() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r846/items/{id:int}")] public static ValueTask E846(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r847/rooms/{room}")] public static ValueTask E847(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r848/users/{user}/posts/{post:int}")] public static ValueTask E848(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r849/files/{*path}")] public static ValueTask E849(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r850/status")] public static ValueTask E850() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r851/items/{id:int}")] public static ValueTask E851(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r852/rooms/{room}")] public static ValueTask E852(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r853/users/{user}/posts/{post:int}")] public static ValueTask E853(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r854/files/{*path}")] public static ValueTask E854(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r855/status")] public static ValueTask E855() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r856/items/{id:int}")] public static ValueTask E856(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r857/rooms/{room}")] public static ValueTask E857(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r858/users/{user}/posts/{post:int}")] public static ValueTask E858(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r859/files/{*path}")] public static ValueTask E859(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r860/status")] public static ValueTask E860() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r861/items/{id:int}")] public static ValueTask E861(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r862/rooms/{room}")] public static ValueTask E862(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r863/users/{user}/posts/{post:int}")] public static ValueTask E863(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r864/files/{*path}")] public static ValueTask E864(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r865/status")] public static ValueTask E865() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r866/items/{id:int}")] public static ValueTask E866(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r867/rooms/{room}")] public static ValueTask E867(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r868/users/{user}/posts/{post:int}")] public static ValueTask E868(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r869/files/{*path}")] public static ValueTask E869(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r870/status")] public static ValueTask E870() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r871/items/{id:int}")] public static ValueTask E871(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r872/rooms/{room}")] public static ValueTask E872(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r873/users/{user}/posts/{post:int}")] public static ValueTask E873(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r874/files/{*path}")] public static ValueTask E874(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r875/status")] public static ValueTask E875() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r876/items/{id:int}")] public static ValueTask E876(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r877/rooms/{room}")] public static ValueTask E877(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r878/users/{user}/posts/{post:int}")] public static ValueTask E878(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r879/files/{*path}")] public static ValueTask E879(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r880/status")] public static ValueTask E880() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r881/items/{id:int}")] public static ValueTask E881(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r882/rooms/{room}")] public static ValueTask E882(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r883/users/{user}/posts/{post:int}")] public static ValueTask E883(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r884/files/{*path}")] public static ValueTask E884(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r885/status")] public static ValueTask E885() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r886/items/{id:int}")] public static ValueTask E886(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r887/rooms/{room}")] public static ValueTask E887(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r888/users/{user}/posts/{post:int}")] public static ValueTask E888(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r889/files/{*path}")] public static ValueTask E889(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r890/status")] public static ValueTask E890() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r891/items/{id:int}")] public static ValueTask E891(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r892/rooms/{room}")] public static ValueTask E892(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r893/users/{user}/posts/{post:int}")] public static ValueTask E893(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r894/files/{*path}")] public static ValueTask E894(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r895/status")] public static ValueTask E895() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r896/items/{id:int}")] public static ValueTask E896(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r897/rooms/{room}")] public static ValueTask E897(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r898/users/{user}/posts/{post:int}")] public static ValueTask E898(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r899/files/{*path}")] public static ValueTask E899(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r900/status")] public static ValueTask E900() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r901/items/{id:int}")] public static ValueTask E901(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r902/rooms/{room}")] public static ValueTask E902(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r903/users/{user}/posts/{post:int}")] public static ValueTask E903(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r904/files/{*path}")] public static ValueTask E904(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r905/status")] public static ValueTask E905() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r906/items/{id:int}")] public static ValueTask E906(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r907/rooms/{room}")] public static ValueTask E907(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r908/users/{user}/posts/{post:int}")] public static ValueTask E908(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r909/files/{*path}")] public static ValueTask E909(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r910/status")] public static ValueTask E910() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r911/items/{id:int}")] public static ValueTask E911(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r912/rooms/{room}")] public static ValueTask E912(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r913/users/{user}/posts/{post:int}")] public static ValueTask E913(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r914/files/{*path}")] public static ValueTask E914(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r915/status")] public static ValueTask E915() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r916/items/{id:int}")] public static ValueTask E916(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r917/rooms/{room}")] public static ValueTask E917(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r918/users/{user}/posts/{post:int}")] public static ValueTask E918(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r919/files/{*path}")] public static ValueTask E919(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r920/status")] public static ValueTask E920() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r921/items/{id:int}")] public static ValueTask E921(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r922/rooms/{room}")] public static ValueTask E922(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r923/users/{user}/posts/{post:int}")] public static ValueTask E923(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r924/files/{*path}")] public static ValueTask E924(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r925/status")] public static ValueTask E925() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r926/items/{id:int}")] public static ValueTask E926(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r927/rooms/{room}")] public static ValueTask E927(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r928/users/{user}/posts/{post:int}")] public static ValueTask E928(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r929/files/{*path}")] public static ValueTask E929(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r930/status")] public static ValueTask E930() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r931/items/{id:int}")] public static ValueTask E931(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r932/rooms/{room}")] public static ValueTask E932(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r933/users/{user}/posts/{post:int}")] public static ValueTask E933(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r934/files/{*path}")] public static ValueTask E934(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r935/status")] public static ValueTask E935() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r936/items/{id:int}")] public static ValueTask E936(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r937/rooms/{room}")] public static ValueTask E937(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r938/users/{user}/posts/{post:int}")] public static ValueTask E938(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r939/files/{*path}")] public static ValueTask E939(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r940/status")] public static ValueTask E940() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r941/items/{id:int}")] public static ValueTask E941(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r942/rooms/{room}")] public static ValueTask E942(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r943/users/{user}/posts/{post:int}")] public static ValueTask E943(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r944/files/{*path}")] public static ValueTask E944(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r945/status")] public static ValueTask E945() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r946/items/{id:int}")] public static ValueTask E946(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r947/rooms/{room}")] public static ValueTask E947(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r948/users/{user}/posts/{post:int}")] public static ValueTask E948(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r949/files/{*path}")] public static ValueTask E949(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r950/status")] public static ValueTask E950() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r951/items/{id:int}")] public static ValueTask E951(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r952/rooms/{room}")] public static ValueTask E952(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r953/users/{user}/posts/{post:int}")] public static ValueTask E953(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r954/files/{*path}")] public static ValueTask E954(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r955/status")] public static ValueTask E955() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r956/items/{id:int}")] public static ValueTask E956(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r957/rooms/{room}")] public static ValueTask E957(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r958/users/{user}/posts/{post:int}")] public static ValueTask E958(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r959/files/{*path}")] public static ValueTask E959(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r960/status")] public static ValueTask E960() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r961/items/{id:int}")] public static ValueTask E961(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r962/rooms/{room}")] public static ValueTask E962(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r963/users/{user}/posts/{post:int}")] public static ValueTask E963(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r964/files/{*path}")] public static ValueTask E964(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r965/status")] public static ValueTask E965() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r966/items/{id:int}")] public static ValueTask E966(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r967/rooms/{room}")] public static ValueTask E967(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r968/users/{user}/posts/{post:int}")] public static ValueTask E968(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r969/files/{*path}")] public static ValueTask E969(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r970/status")] public static ValueTask E970() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r971/items/{id:int}")] public static ValueTask E971(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r972/rooms/{room}")] public static ValueTask E972(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r973/users/{user}/posts/{post:int}")] public static ValueTask E973(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r974/files/{*path}")] public static ValueTask E974(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r975/status")] public static ValueTask E975() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r976/items/{id:int}")] public static ValueTask E976(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r977/rooms/{room}")] public static ValueTask E977(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r978/users/{user}/posts/{post:int}")] public static ValueTask E978(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r979/files/{*path}")] public static ValueTask E979(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r980/status")] public static ValueTask E980() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r981/items/{id:int}")] public static ValueTask E981(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r982/rooms/{room}")] public static ValueTask E982(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r983/users/{user}/posts/{post:int}")] public static ValueTask E983(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r984/files/{*path}")] public static ValueTask E984(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r985/status")] public static ValueTask E985() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r986/items/{id:int}")] public static ValueTask E986(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r987/rooms/{room}")] public static ValueTask E987(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r988/users/{user}/posts/{post:int}")] public static ValueTask E988(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r989/files/{*path}")] public static ValueTask E989(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r990/status")] public static ValueTask E990() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r991/items/{id:int}")] public static ValueTask E991(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r992/rooms/{room}")] public static ValueTask E992(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r993/users/{user}/posts/{post:int}")] public static ValueTask E993(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r994/files/{*path}")] public static ValueTask E994(string path) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r995/status")] public static ValueTask E995() => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r996/items/{id:int}")] public static ValueTask E996(string id) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r997/rooms/{room}")] public static ValueTask E997(string room) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r998/users/{user}/posts/{post:int}")] public static ValueTask E998(string user, string post) => ValueTask.CompletedTask;
    [WebSocketEndpoint("/api/r999/files/{*path}")] public static ValueTask E999(string path) => ValueTask.CompletedTask;
}
